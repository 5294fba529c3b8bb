/**
 * Which tab the popup describes, and whether an extension can run there at all.
 *
 * The popup normally describes the active tab of its window. Opened as a page with `?tabId=N` (the
 * end-to-end tests do this, because a test cannot click the toolbar button), it describes tab N instead.
 */

/** Pages where browsers never run extension content scripts: their own pages and the extension stores. */
const STORE_HOSTS = new Set([
  'chrome.google.com',
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'addons.opera.com',
]);

export function isRestrictedUrl(url: string | undefined): boolean {
  if (url === undefined || url === '') return false; // unknown: let the content script answer or not
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  if (parsed.hostname === 'chrome.google.com') return parsed.pathname.startsWith('/webstore');
  if (parsed.hostname === 'microsoftedge.microsoft.com') return parsed.pathname.startsWith('/addons');
  return STORE_HOSTS.has(parsed.hostname);
}

/** The tab id from `?tabId=N`, or null when absent or not a tab id. */
export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

/** The hostname of a page URL, or null for URLs without one. */
export function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { hostname } = new URL(url);
    return hostname === '' ? null : hostname;
  } catch {
    return null;
  }
}

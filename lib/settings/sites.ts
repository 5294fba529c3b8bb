/**
 * Site names for the pause list. A site is a lowercase hostname without a leading "www.", so that pausing
 * example.com also pauses www.example.com and news.example.com.
 */

/** Letters (including punycode), digits, dots, hyphens; or a bracketed IPv6 address. */
export const SITE_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;

/**
 * Turns what a person typed or a tab's URL/hostname into a site, or null when it is not one.
 * Accepts "Example.COM", "https://www.example.com/path", "example.com." and "news.example.com:8080".
 */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (host.length === 0 || host.length > 253 || !SITE_PATTERN.test(host)) return null;
  return host;
}

/** True when `hostname` is the site or one of its subdomains. */
export function hostMatchesSite(hostname: string, site: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === site || host.endsWith(`.${site}`);
}

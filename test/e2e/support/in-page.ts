/**
 * Functions that run inside a test page, shared by the Playwright (Chromium) and puppeteer-core (Firefox) suites:
 * both serialise a function and its one argument into the page, so these must use nothing from outside their bodies.
 */

/** Centre of the first highlighted range of `category` whose text is `text`, scrolled into view, in viewport coordinates. */
export function highlightCentre([category, text]: readonly [string, string]): { x: number; y: number } | null {
  for (const r of CSS.highlights.get(`leak-lens-${category}`) ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString() !== text) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/**
 * An init script: records every DOM change from DOMContentLoaded on into `window.seen`, as
 * "type:target:attribute:added nodes", so a test can check that we added nothing but our one host.
 */
export function recordDomChanges(): void {
  const seen: string[] = [];
  (window as unknown as { seen: string[] }).seen = seen;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase());
        seen.push(`${r.type}:${(r.target as Element).nodeName?.toLowerCase()}:${r.attributeName ?? ''}:${added.join(',')}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * An init script: records every window message the page receives into `window.messages`, so a test can
 * check that we post none (WXT's "content script started" broadcast carried our extension id).
 */
export function recordWindowMessages(): void {
  const messages: unknown[] = [];
  (window as unknown as { messages: unknown[] }).messages = messages;
  window.addEventListener('message', (event) => messages.push(event.data));
}

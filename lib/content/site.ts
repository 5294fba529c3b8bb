/**
 * The site a frame belongs to, for the pause list: the tab's site, so that pausing example.com also
 * silences its iframes and about:srcdoc frames (whose own hostname is empty).
 */
export function siteHostname(win: Window): string {
  try {
    const top = win.top;
    if (top && top !== win && top.location.hostname) return top.location.hostname;
  } catch {
    // Cross-origin parent: its location is not readable; fall through.
  }
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    const outermost = ancestors[ancestors.length - 1];
    if (outermost) {
      try {
        return new URL(outermost).hostname;
      } catch {
        // An opaque origin ("null"): use our own.
      }
    }
  }
  return win.location.hostname;
}

/** http(s) documents and the about:srcdoc / about:blank frames inside them. */
export function isScannablePage(win: Window): boolean {
  const { protocol } = win.location;
  if (protocol === 'http:' || protocol === 'https:') return true;
  return protocol === 'about:' && win !== win.top;
}

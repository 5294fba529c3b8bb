/**
 * Single-page-app navigations (history.pushState/replaceState, back/forward). A content script cannot
 * wrap the page's history functions (they live in the page's world), so it listens to the Navigation API
 * where the browser has it (Chromium) and to popstate plus a URL check on each mutation batch elsewhere.
 * No polling.
 */
export interface LocationWatch {
  /** Call when the page changed (mutation batch): reports a URL change the events did not. */
  check(): void;
}

export function watchLocation(win: Window, onChange: (url: string) => void, signal: AbortSignal): LocationWatch {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  return { check };
}

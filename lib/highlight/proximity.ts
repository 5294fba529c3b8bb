/**
 * Where page elements are relative to the viewport, widened by a margin: the layer registers only the
 * highlights near what the reader sees once a page has many (see layer.ts for why).
 *
 * One IntersectionObserver watches a few sentinel elements (the first and last block of each band of
 * mentions, not every block: every observed target costs each frame that scrolls or lays out, about
 * 25 ms per frame for 20k targets in Chromium, measured). From each entry we keep a side: near, above
 * or below the widened viewport. An observer only reports when a target enters or leaves, so a jump
 * that carries a target from below to above in one frame (End key, an anchor link) leaves its side
 * stale; when the scroll position moves by more than the widened viewport between frames, every
 * sentinel is observed afresh, which makes the observer report them all again.
 */
export type Side = 'visible' | 'near' | 'above' | 'below';

export interface Proximity {
  /** Starts watching an element (counted: watch twice, unwatch twice). */
  watch(element: Element): void;
  unwatch(element: Element): void;
  /** The element's last known side; undefined until the first report. */
  side(element: Element): Side | undefined;
  dispose(): void;
}

/** Makes a Proximity that calls `onChange` with the elements whose side changed. */
export type ProximityFactory = (onChange: (elements: readonly Element[]) => void) => Proximity;

/** The widened viewport: this many viewport heights (and widths) on each side. */
export const MARGIN_VIEWPORTS = 3;

type EntryLike = Pick<IntersectionObserverEntry, 'isIntersecting' | 'boundingClientRect' | 'rootBounds'>;

/**
 * Reads an entry: the side of the widened root its target is on, or 'visible' when it is inside the
 * viewport itself (`view`: its width and height).
 */
export function sideOf(entry: EntryLike, view: { width: number; height: number }): Side {
  const rect = entry.boundingClientRect;
  const root = entry.rootBounds;
  // No box (display: none or contents, detached) or no root (cross-origin frame): we cannot place it,
  // and highlighting too much costs little while highlighting too little shows.
  if (!root || (rect.width === 0 && rect.height === 0)) return 'near';
  if (entry.isIntersecting) {
    const inView = rect.bottom > 0 && rect.top < view.height && rect.right > 0 && rect.left < view.width;
    return inView ? 'visible' : 'near';
  }
  if (rect.bottom <= root.top) return 'above';
  if (rect.top >= root.bottom) return 'below';
  return 'near';
}

type ObserverCtor = typeof IntersectionObserver;

/** The page's IntersectionObserver, or null where there is none (then everything counts as near). */
export function intersectionProximity(win: Window): ProximityFactory | null {
  const Observer = (win as Window & { IntersectionObserver?: ObserverCtor }).IntersectionObserver;
  if (typeof Observer !== 'function') return null;
  return (onChange) => new IntersectionProximity(win, Observer, onChange);
}

class IntersectionProximity implements Proximity {
  readonly #win: Window;
  readonly #observer: IntersectionObserver;
  readonly #counts = new Map<Element, number>();
  readonly #sides = new WeakMap<Element, Side>();
  readonly #stop = new AbortController();
  #frame = 0;
  /** Scroll positions at the last frame that scrolled: the window's, and nested scrollers'. */
  readonly #last = new WeakMap<object, { x: number; y: number }>();
  readonly #scrolled = new Set<Element | Window>();

  constructor(win: Window, Observer: ObserverCtor, onChange: (elements: readonly Element[]) => void) {
    this.#win = win;
    const margin = `${MARGIN_VIEWPORTS * 100}%`;
    // scrollMargin widens nested scroll containers too (Chromium 120+); other browsers ignore it.
    const init = { rootMargin: margin, scrollMargin: margin, threshold: 0 } as IntersectionObserverInit;
    this.#observer = new Observer((entries) => {
      const changed: Element[] = [];
      for (const entry of entries) {
        if (!this.#counts.has(entry.target)) continue;
        const side = sideOf(entry, { width: win.innerWidth, height: win.innerHeight });
        if (this.#sides.get(entry.target) === side) continue;
        this.#sides.set(entry.target, side);
        changed.push(entry.target);
      }
      if (changed.length > 0) onChange(changed);
    }, init);
    this.#last.set(win, { x: win.scrollX, y: win.scrollY });
    const onScroll = (event: Event) => this.#onScroll(event.target);
    win.addEventListener('scroll', onScroll, { capture: true, passive: true, signal: this.#stop.signal });
    win.addEventListener('resize', () => this.#refresh(), { passive: true, signal: this.#stop.signal });
  }

  watch(element: Element): void {
    const count = this.#counts.get(element) ?? 0;
    this.#counts.set(element, count + 1);
    if (count === 0) this.#observer.observe(element);
  }

  unwatch(element: Element): void {
    const count = this.#counts.get(element);
    if (count === undefined) return;
    if (count > 1) {
      this.#counts.set(element, count - 1);
      return;
    }
    this.#counts.delete(element);
    this.#sides.delete(element);
    this.#observer.unobserve(element);
  }

  side(element: Element): Side | undefined {
    return this.#sides.get(element);
  }

  dispose(): void {
    this.#stop.abort();
    this.#observer.disconnect();
    this.#counts.clear();
    if (this.#frame !== 0) this.#win.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Once per frame: a move larger than the widened viewport may have jumped sentinels over it. */
  #onScroll(target: EventTarget | null): void {
    const win = this.#win;
    // The document scrolling reports the document as target; nested scrollers report themselves.
    const node = target as Node | null;
    const scroller = node !== null && node.nodeType === 1 && node !== win.document.documentElement ? (node as Element) : win;
    this.#scrolled.add(scroller);
    if (this.#frame !== 0) return;
    this.#frame = win.requestAnimationFrame(() => {
      this.#frame = 0;
      let jumped = false;
      for (const at of this.#scrolled) jumped = this.#moved(at) || jumped;
      this.#scrolled.clear();
      if (jumped) this.#refresh();
    });
  }

  #moved(at: Element | Window): boolean {
    const isWindow = at === this.#win;
    const element = at as Element;
    const now = isWindow ? { x: this.#win.scrollX, y: this.#win.scrollY } : { x: element.scrollLeft, y: element.scrollTop };
    const width = isWindow ? this.#win.innerWidth : element.clientWidth;
    const height = isWindow ? this.#win.innerHeight : element.clientHeight;
    const last = this.#last.get(at) ?? now;
    this.#last.set(at, now);
    const span = 1 + 2 * MARGIN_VIEWPORTS;
    return Math.abs(now.y - last.y) >= height * span || Math.abs(now.x - last.x) >= width * span;
  }

  /** Observing again makes the observer report every sentinel's current state. */
  #refresh(): void {
    for (const element of this.#counts.keys()) {
      this.#observer.unobserve(element);
      this.#observer.observe(element);
    }
  }
}

import { describe, expect, it } from 'vitest';
import { intersectionProximity, MARGIN_VIEWPORTS } from '../../../lib/highlight/proximity';

/** An IntersectionObserver the test drives: it records what is observed and delivers given entries. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  readonly log: string[] = [];
  constructor(readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(e: Element) {
    this.observed.push(e);
    this.log.push(`observe ${(e as unknown as { id: string }).id}`);
  }
  unobserve(e: Element) {
    this.log.push(`unobserve ${(e as unknown as { id: string }).id}`);
  }
  disconnect() {}
}

const ROOT = { top: -2700, bottom: 3600, left: -3000, right: 4000 } as DOMRectReadOnly;
const entry = (target: Element, top: number, isIntersecting: boolean) => ({
  target,
  isIntersecting,
  rootBounds: ROOT,
  boundingClientRect: { top, bottom: top + 50, left: 0, right: 500, width: 500, height: 50 } as DOMRectReadOnly,
});

function fakeWindow() {
  const frames: Array<() => void> = [];
  const win = Object.assign(new EventTarget(), {
    scrollX: 0,
    scrollY: 0,
    innerWidth: 1000,
    innerHeight: 900,
    document: { documentElement: {} },
    IntersectionObserver: FakeObserver,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    cancelAnimationFrame: () => undefined,
  });
  const runFrame = () => frames.splice(0).forEach((fn) => fn());
  return { win: win as unknown as Window, raw: win, runFrame };
}

const element = (id: string) => ({ id, nodeType: 1 }) as unknown as Element;

describe('intersectionProximity', () => {
  it('should report the elements whose side changed, once per change', () => {
    const { win } = fakeWindow();
    const reports: string[][] = [];
    const proximity = intersectionProximity(win)?.((elements) => reports.push(elements.map((e) => (e as unknown as { id: string }).id)));
    const [a, b] = [element('a'), element('b')];
    proximity?.watch(a);
    proximity?.watch(b);
    const io = FakeObserver.last as FakeObserver;
    io.callback([entry(a, 100, true), entry(b, 9000, false)]);
    io.callback([entry(a, 120, true), entry(b, 2000, true)]);
    expect(reports).toEqual([['a', 'b'], ['b']]);
    expect(proximity?.side(a)).toBe('visible');
    expect(proximity?.side(b)).toBe('near');
  });

  it('should observe every element again after a scroll that jumps over the widened viewport', () => {
    const { win, raw, runFrame } = fakeWindow();
    const proximity = intersectionProximity(win)?.(() => undefined);
    proximity?.watch(element('a'));
    const io = FakeObserver.last as FakeObserver;
    io.log.length = 0;
    raw.scrollY = 900;
    raw.dispatchEvent(new Event('scroll'));
    runFrame();
    expect(io.log).toEqual([]);
    raw.scrollY = 900 + 900 * (1 + 2 * MARGIN_VIEWPORTS);
    raw.dispatchEvent(new Event('scroll'));
    runFrame();
    expect(io.log).toEqual(['unobserve a', 'observe a']);
  });

  it('should stop observing an element only when every watch of it is undone', () => {
    const { win } = fakeWindow();
    const proximity = intersectionProximity(win)?.(() => undefined);
    const a = element('a');
    proximity?.watch(a);
    proximity?.watch(a);
    const io = FakeObserver.last as FakeObserver;
    proximity?.unwatch(a);
    expect(io.log).toEqual(['observe a']);
    proximity?.unwatch(a);
    expect(io.log).toEqual(['observe a', 'unobserve a']);
  });
});

import { describe, expect, it } from 'vitest';
import { HighlightLayer, type HighlightEnv } from '../../../lib/highlight/layer';
import type { Proximity, ProximityFactory, Side } from '../../../lib/highlight/proximity';
import type { Category } from '../../../lib/types';

/** happy-dom has no Highlight API (TOOLCHAIN trap 6): a Set with a priority is what the layer uses. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setup() {
  const registry = new Map<string, Highlight>();
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight() as unknown as Highlight };
  // batchMs 0: every change reaches the registry at once (pacing has tests of its own below).
  return { registry, layer: new HighlightLayer(env, { batchMs: 0 }) };
}

const range = (n: number) => ({ id: n }) as unknown as AbstractRange;
const ALL_ON: Record<Category, boolean> = { leak: true, distillation: true, policy: true, company: true, person: true };

describe('HighlightLayer', () => {
  it('should register one highlight per category under its fixed name when ranges are added', () => {
    const { registry, layer } = setup();
    layer.add('company', range(1));
    layer.add('company', range(2));
    layer.add('leak', range(3));
    expect([...registry.keys()].sort()).toEqual(['leak-lens-company', 'leak-lens-leak']);
    expect(registry.get('leak-lens-company')?.size).toBe(2);
    expect(layer.size('leak')).toBe(1);
  });

  it('should unregister a category and keep its ranges when it is switched off', () => {
    const { registry, layer } = setup();
    layer.add('person', range(1));
    expect(layer.setEnabled({ ...ALL_ON, person: false })).toBe(true);
    expect(registry.has('leak-lens-person')).toBe(false);
    expect(layer.size('person')).toBe(1);
    layer.setEnabled(ALL_ON);
    expect(registry.get('leak-lens-person')?.size).toBe(1);
  });

  it('should not register a highlight when its first range arrives while the category is off', () => {
    const { registry, layer } = setup();
    layer.setEnabled({ ...ALL_ON, leak: false });
    layer.add('leak', range(1));
    expect(registry.has('leak-lens-leak')).toBe(false);
  });

  it('should report no change when the flags are the same as before', () => {
    const { layer } = setup();
    expect(layer.setEnabled(ALL_ON)).toBe(false);
  });

  it('should mark one current range above the categories when navigation selects it', () => {
    const { registry, layer } = setup();
    const second = range(2);
    layer.setCurrent(range(1));
    layer.setCurrent(second);
    const current = registry.get('leak-lens-current') as unknown as FakeHighlight;
    expect([...current]).toEqual([second]);
    expect(current.priority).toBeGreaterThan(0);
    layer.setCurrent(null);
    expect(registry.has('leak-lens-current')).toBe(false);
  });

  it('should remove only our names from the registry when cleared', () => {
    const { registry, layer } = setup();
    registry.set('site-own', new FakeHighlight() as unknown as Highlight);
    layer.add('policy', range(1));
    layer.setCurrent(range(1));
    layer.clear();
    expect([...registry.keys()]).toEqual(['site-own']);
    expect(layer.size('policy')).toBe(0);
  });

  it('should drop a range when it is deleted', () => {
    const { layer } = setup();
    const r = range(1);
    layer.add('distillation', r);
    layer.delete('distillation', r);
    expect(layer.size('distillation')).toBe(0);
  });
});

/** A scripted viewport: the test says where each sentinel is and when it moves. */
function fakeProximity() {
  const sides = new Map<Element, Side>();
  const watched = new Map<Element, number>();
  let notify: (elements: readonly Element[]) => void = () => undefined;
  const factory: ProximityFactory = (onChange) => {
    notify = onChange;
    const proximity: Proximity = {
      watch: (e) => void watched.set(e, (watched.get(e) ?? 0) + 1),
      unwatch: (e) => {
        const n = (watched.get(e) ?? 0) - 1;
        if (n > 0) watched.set(e, n);
        else watched.delete(e);
      },
      side: (e) => sides.get(e),
      dispose: () => watched.clear(),
    };
    return proximity;
  };
  const move = (moves: Array<[Element, Side]>) => {
    for (const [e, side] of moves) sides.set(e, side);
    notify(moves.map(([e]) => e));
  };
  return { factory, sides, watched, move };
}

const element = (id: string) => ({ id }) as unknown as Element;
const items = (category: Category, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ category, range: range(from + i) }));

function windowed(budget = 4) {
  const registry = new Map<string, Highlight>();
  const viewport = fakeProximity();
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight() as unknown as Highlight, proximity: viewport.factory };
  const layer = new HighlightLayer(env, { budget, batchMs: 0 });
  const shown = (category: Category) => registry.get(`leak-lens-${category}`)?.size ?? 0;
  return { registry, viewport, layer, shown };
}

describe('HighlightLayer windowing', () => {
  it('should register every range, near or not, while the page has no more than the budget', () => {
    const t = windowed(4);
    const [a, b] = [element('a'), element('b')];
    t.viewport.sides.set(a, 'near').set(b, 'below');
    t.layer.addBand(items('company', 0, 2), a, a);
    t.layer.addBand(items('company', 2, 2), b, b);
    expect(t.shown('company')).toBe(4);
  });

  it('should register only the bands near the viewport once the page has more ranges than the budget', () => {
    const t = windowed(4);
    const [a, b] = [element('a'), element('b')];
    t.viewport.sides.set(a, 'near').set(b, 'below');
    t.layer.addBand(items('company', 0, 3), a, a);
    t.layer.addBand(items('company', 3, 3), b, b);
    expect(t.shown('company')).toBe(3);
    expect(t.layer.size('company')).toBe(6);
  });

  it('should add a band when the reader scrolls to it and take away the one left behind', () => {
    const t = windowed(2);
    const [a, b] = [element('a'), element('b')];
    t.viewport.sides.set(a, 'near').set(b, 'below');
    t.layer.addBand(items('leak', 0, 2), a, a);
    t.layer.addBand(items('leak', 2, 2), b, b);
    t.viewport.move([[a, 'above'], [b, 'near']]);
    expect([...(t.registry.get('leak-lens-leak') as unknown as FakeHighlight)]).toEqual([range(2), range(3)]);
  });

  it.each<[Side | undefined, Side | undefined, boolean]>([
    ['near', 'near', true],
    ['above', 'near', true],
    ['near', 'below', true],
    ['above', 'below', true],
    ['above', 'above', false],
    ['below', 'below', false],
    [undefined, undefined, false],
    [undefined, 'near', true],
  ])('should treat a band whose first block is %s and last block %s as near: %s', (first, last, near) => {
    const t = windowed(1);
    const [a, b, far] = [element('a'), element('b'), element('far')];
    if (first) t.viewport.sides.set(a, first);
    if (last) t.viewport.sides.set(b, last);
    t.viewport.sides.set(far, 'below');
    t.layer.addBand(items('policy', 0, 2), far, far);
    t.layer.addBand(items('person', 2, 1), a, b);
    expect(t.shown('person')).toBe(near ? 1 : 0);
  });

  it('should register everything again when the page shrinks below half the budget', () => {
    const t = windowed(4);
    const [a, b] = [element('a'), element('b')];
    t.viewport.sides.set(a, 'near').set(b, 'below');
    const far = items('company', 0, 4);
    t.layer.addBand(items('company', 10, 1), a, a);
    t.layer.addBand(far, b, b);
    expect(t.shown('company')).toBe(1);
    for (const item of far.slice(0, 3)) t.layer.delete('company', item.range);
    expect(t.shown('company')).toBe(2);
  });

  it('should keep watching a block whose band is replaced in the same task, and stop once it is gone', async () => {
    const t = windowed(1);
    const [a, b] = [element('a'), element('b')];
    t.viewport.sides.set(a, 'near').set(b, 'below');
    const old = items('leak', 0, 2);
    t.layer.addBand(old, a, a);
    t.layer.addBand(items('leak', 5, 2), b, b);
    for (const item of old) t.layer.delete('leak', item.range);
    const fresh = items('leak', 2, 2);
    t.layer.addBand(fresh, a, a);
    // Its side is still known, so the new band shows without waiting for the observer.
    expect(t.shown('leak')).toBe(2);
    await Promise.resolve();
    expect(t.viewport.watched.get(a)).toBe(1);
    for (const item of fresh) t.layer.delete('leak', item.range);
    await Promise.resolve();
    expect(t.viewport.watched.has(a)).toBe(false);
  });

  it('should keep its windowed ranges when a category is switched off and on', () => {
    const t = windowed(1);
    const [a, b] = [element('a'), element('b')];
    t.viewport.sides.set(a, 'near').set(b, 'above');
    t.layer.addBand(items('person', 0, 1), a, a);
    t.layer.addBand(items('person', 1, 2), b, b);
    t.layer.setEnabled({ ...ALL_ON, person: false });
    expect(t.registry.has('leak-lens-person')).toBe(false);
    t.layer.setEnabled(ALL_ON);
    expect(t.shown('person')).toBe(1);
  });
});

describe('HighlightLayer pacing', () => {
  function paced() {
    const timers: Array<{ fn: () => void; at: number }> = [];
    const time = { now: 0 };
    const clock = {
      now: () => time.now,
      setTimeout: (fn: () => void, ms: number): unknown => timers.push({ fn, at: time.now + ms }),
      clearTimeout: () => undefined,
    };
    const registry = new Map<string, Highlight>();
    const viewport = fakeProximity();
    const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight() as unknown as Highlight, proximity: viewport.factory };
    const layer = new HighlightLayer(env, { budget: 1, batchMs: 100, clock });
    const [a, b, c] = [element('a'), element('b'), element('c')];
    viewport.sides.set(a, 'visible').set(b, 'below').set(c, 'below');
    layer.addBand(items('leak', 0, 1), a, a);
    layer.addBand(items('leak', 1, 1), b, b);
    layer.addBand(items('leak', 2, 1), c, c);
    layer.flush();
    timers.length = 0;
    const shown = () =>
      [...((registry.get('leak-lens-leak') ?? []) as Iterable<AbstractRange>)].map((r) => (r as unknown as { id: number }).id).sort();
    return { time, timers, viewport, layer, shown, a, b, c };
  }

  it('should register what a pass found on flush, whatever the pace', () => {
    const t = paced();
    expect(t.shown()).toEqual([0]);
  });

  it('should follow the reader at most once per batch period and catch up at its end', () => {
    const t = paced();
    t.time.now = 200;
    t.viewport.move([[t.b, 'near']]);
    expect(t.shown()).toEqual([0, 1]);
    t.time.now = 210;
    t.viewport.move([[t.c, 'near']]);
    expect(t.shown()).toEqual([0, 1]);
    expect(t.timers.map((x) => x.at)).toEqual([300]);
    t.time.now = 300;
    t.timers[0]?.fn();
    expect(t.shown()).toEqual([0, 1, 2]);
  });

  it('should follow at once, inside the batch period, when a band comes on screen', () => {
    const t = paced();
    t.time.now = 200;
    t.viewport.move([[t.b, 'near']]);
    t.time.now = 210;
    t.viewport.move([[t.a, 'below'], [t.c, 'visible']]);
    expect(t.shown()).toEqual([1, 2]);
  });

  it('should hold what a pass finds until its flush unless a band of it is on screen', () => {
    const t = paced();
    const [d, e] = [element('d'), element('e')];
    t.viewport.sides.set(d, 'near').set(e, 'below');
    t.time.now = 1000;
    t.layer.hold();
    t.layer.addBand(items('leak', 3, 1), d, d);
    expect(t.shown()).toEqual([0]);
    expect(t.timers).toEqual([]);
    t.viewport.move([[e, 'visible']]);
    t.layer.addBand(items('leak', 4, 1), e, e);
    expect(t.shown()).toEqual([0, 3, 4]);
    t.layer.flush();
    expect(t.shown()).toEqual([0, 3, 4]);
  });
});

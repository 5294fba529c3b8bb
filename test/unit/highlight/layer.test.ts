import { describe, expect, it } from 'vitest';
import { HighlightLayer, type HighlightEnv } from '../../../lib/highlight/layer';
import type { Category } from '../../../lib/types';

/** happy-dom has no Highlight API (TOOLCHAIN trap 6): a Set with a priority is what the layer uses. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setup() {
  const registry = new Map<string, Highlight>();
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight() as unknown as Highlight };
  return { registry, layer: new HighlightLayer(env) };
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

  it('should keep highlights out of the registry while suspended and register them once on resume', () => {
    const { registry, layer } = setup();
    layer.add('leak', range(0));
    layer.suspend();
    expect(registry.size).toBe(0);
    layer.add('leak', range(1));
    layer.add('company', range(2));
    layer.setEnabled({ ...ALL_ON, company: false });
    expect(registry.size).toBe(0);
    layer.resume();
    expect([...registry.keys()]).toEqual(['leak-lens-leak']);
    expect(registry.get('leak-lens-leak')?.size).toBe(2);
  });

  it('should drop a range when it is deleted', () => {
    const { layer } = setup();
    const r = range(1);
    layer.add('distillation', r);
    layer.delete('distillation', r);
    expect(layer.size('distillation')).toBe(0);
  });
});

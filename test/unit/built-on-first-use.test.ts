import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { builtOnFirstUse, once } from '../../lib/built-on-first-use';

describe('builtOnFirstUse', () => {
  it('should build nothing until a property is read, then build once whatever is read after', () => {
    const build = vi.fn(() => ({ answer: 42, other: 'x' }));
    const value = builtOnFirstUse(build);
    expect(build).not.toHaveBeenCalled();
    expect(value.answer).toBe(42);
    expect(value.other).toBe('x');
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('should call methods on the built value when they are read through the proxy', () => {
    class Counter {
      constructor(readonly count: number) {}
      twice(): number {
        return this.count * 2;
      }
    }
    const value = builtOnFirstUse(() => new Counter(2));
    // Read off the proxy and called alone: it still sees the built value as `this`.
    const { twice } = value;
    expect(twice()).toBe(4);
  });

  it('should answer "in", keys and spreading as the built value would', () => {
    const value = builtOnFirstUse(() => ({ a: 1, b: 2 }));
    expect('a' in value).toBe(true);
    expect('c' in value).toBe(false);
    expect(Object.keys(value)).toEqual(['a', 'b']);
    expect({ ...value }).toEqual({ a: 1, b: 2 });
  });

  it('should validate with a zod schema built on first use, and hand out its shape for another schema', () => {
    const schema = builtOnFirstUse(() => z.object({ name: z.string().check(z.minLength(1)) }));
    expect(schema.safeParse({ name: 'Kimi' }).success).toBe(true);
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(() => schema.parse({ name: 3 })).toThrow();
    expect(z.strictObject(schema.shape).safeParse({ name: 'a', extra: 1 }).success).toBe(false);
  });
});

describe('once', () => {
  it('should build on the first call and return the same value after', () => {
    const build = vi.fn(() => ({}));
    const get = once(build);
    expect(build).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

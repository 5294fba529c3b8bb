import { describe, expect, it, vi } from 'vitest';

// Counts every zod/mini builder call (z.object, z.string…) made by the modules under test.
const built = vi.hoisted(() => ({ calls: 0 }));
vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod/mini')>();
  const z = new Proxy(real.z, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        built.calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { ...real, z };
});

describe("the content script's schemas", () => {
  it('should build no schema when their modules load, and build them when a message is first checked', async () => {
    const protocol = await import('../../../lib/messaging/protocol');
    await import('../../../lib/settings/schema');
    await import('../../../lib/messaging/detect-wire');
    await import('../../../lib/content/port-sender');
    expect(built.calls).toBe(0);
    expect(protocol.parseMessage({ type: 'prepare-detection' })).toEqual({ type: 'prepare-detection' });
    expect(built.calls).toBeGreaterThan(0);
  });
});

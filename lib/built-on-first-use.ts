/**
 * A value built the first time one of its properties is read. The content script's schemas are made
 * this way: building them all when the script loads cost its first task several milliseconds, most of
 * them for messages that come later or never. Only for values used through their properties (a
 * schema's `safeParse`, `parse`, `shape`), never nested inside another schema: build those together
 * in one function and hand out each through its own proxy.
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined;
  const value = (): T => (built ??= build());
  return new Proxy(Object.create(null) as T, {
    get(_target, key) {
      const target = value();
      const property: unknown = Reflect.get(target, key, target);
      return typeof property === 'function' ? property.bind(target) : property;
    },
    has: (_target, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(value(), key);
      // The proxy's own target is empty: a descriptor it does not hold must be reported configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
  });
}

/** A function that builds its value on the first call and returns the same value after. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/**
 * Coalesces bursts (mutations while a page renders, infinite-scroll appends) into one flush: it waits
 * for `quietMs` without new work, but never longer than `maxWaitMs` after the first item, so a page that
 * changes constantly is still kept up to date.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface BatcherOptions<T> {
  quietMs: number;
  maxWaitMs: number;
  flush(items: T[]): void;
  timers?: Timers;
  signal?: AbortSignal;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

export class Batcher<T> {
  readonly #options: BatcherOptions<T>;
  readonly #timers: Timers;
  #items: T[] = [];
  #first = 0;
  #handle: unknown = null;

  constructor(options: BatcherOptions<T>) {
    this.#options = options;
    this.#timers = options.timers ?? defaultTimers;
    options.signal?.addEventListener('abort', () => this.cancel(), { once: true });
  }

  get pending(): number {
    return this.#items.length;
  }

  push(...items: T[]): void {
    if (this.#options.signal?.aborted || items.length === 0) return;
    const now = this.#timers.now();
    if (this.#items.length === 0) this.#first = now;
    this.#items.push(...items);
    if (this.#handle !== null) this.#timers.clearTimeout(this.#handle);
    const wait = Math.max(0, Math.min(this.#options.quietMs, this.#first + this.#options.maxWaitMs - now));
    this.#handle = this.#timers.setTimeout(() => this.flushNow(), wait);
  }

  flushNow(): void {
    if (this.#handle !== null) this.#timers.clearTimeout(this.#handle);
    this.#handle = null;
    if (this.#items.length === 0) return;
    const items = this.#items;
    this.#items = [];
    this.#options.flush(items);
  }

  cancel(): void {
    if (this.#handle !== null) this.#timers.clearTimeout(this.#handle);
    this.#handle = null;
    this.#items = [];
  }
}

/**
 * Runs a piece of work at most once per `intervalMs`: the first request runs at once, later ones are
 * merged into one run at the end of the interval; an urgent request or flush() runs it now. The
 * highlight layer paces its registry changes with it (see SCROLL_BATCH_MS in layer.ts for why).
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const defaultClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Pacer {
  readonly #run: () => void;
  readonly #intervalMs: number;
  readonly #clock: Clock;
  #timer: unknown = null;
  #ranAt = Number.NEGATIVE_INFINITY;

  constructor(run: () => void, intervalMs: number, clock: Clock = defaultClock) {
    this.#run = run;
    this.#intervalMs = intervalMs;
    this.#clock = clock;
  }

  request(urgent = false): void {
    const wait = this.#ranAt + this.#intervalMs - this.#clock.now();
    if (urgent || wait <= 0) this.flush();
    else this.#timer ??= this.#clock.setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    this.cancel();
    this.#ranAt = this.#clock.now();
    this.#run();
  }

  cancel(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}

import type { Proximity, ProximityFactory, Side } from './proximity';

/**
 * The layer's bands as the viewport sees them: each band is watched through its first and last block
 * (its sentinels; several bands may share one) and is near unless both are beyond the same edge of the
 * widened viewport. Reports the bands whose nearness changed.
 */
export interface WatchedBand {
  /** Null: no element to watch, the band always counts as near. */
  first: Element | null;
  last: Element | null;
  /** Near the viewport as last reported. */
  near: boolean;
}

const isClose = (side: Side | undefined) => side === 'near' || side === 'visible';

export class Sentinels<B extends WatchedBand> {
  readonly #factory: ProximityFactory | null;
  readonly #onMoved: (bands: ReadonlySet<B>, onScreen: boolean) => void;
  readonly #bandsOf = new Map<Element, Set<B>>();
  /** Sentinels whose last band went; unwatched after the current task unless a new band takes them. */
  readonly #orphans = new Set<Element>();
  #proximity: Proximity | null = null;

  constructor(factory: ProximityFactory | null | undefined, onMoved: (bands: ReadonlySet<B>, onScreen: boolean) => void) {
    this.#factory = factory ?? null;
    this.#onMoved = onMoved;
  }

  /** Whether positions are known at all (else every band is near). */
  get active(): boolean {
    return this.#proximity !== null;
  }

  /** Starts watching a band's sentinels and sets its nearness from what is known of them. */
  add(band: B): void {
    if (band.first && band.last) {
      this.#watch(band, band.first);
      if (band.last !== band.first) this.#watch(band, band.last);
    }
    band.near = this.isNear(band);
  }

  remove(band: B): void {
    for (const element of [band.first, band.last]) {
      const bands = element ? this.#bandsOf.get(element) : undefined;
      if (!element || !bands) continue;
      bands.delete(band);
      if (bands.size > 0) continue;
      this.#bandsOf.delete(element);
      // A rescan drops a block's mentions and adds new ones for the same block in one task: keep the
      // sentinel (and its known side) for them instead of observing it afresh.
      if (this.#orphans.size === 0) queueMicrotask(() => this.#sweep());
      this.#orphans.add(element);
    }
  }

  /** Unknown sides count as far: a new band shows once the observer has placed it (next frame). */
  isNear(band: B): boolean {
    if (!band.first || !band.last || !this.#proximity) return true;
    const a = this.#proximity.side(band.first);
    const b = this.#proximity.side(band.last);
    if (a === undefined || b === undefined) return isClose(a) || isClose(b);
    // Both beyond the same edge: the whole band is; otherwise some of it is near (or spans the view).
    return !((a === 'above' && b === 'above') || (a === 'below' && b === 'below'));
  }

  /** A sentinel of the band is on screen. */
  onScreen(band: B): boolean {
    if (!band.first || !band.last || !this.#proximity) return false;
    return this.#proximity.side(band.first) === 'visible' || this.#proximity.side(band.last) === 'visible';
  }

  clear(): void {
    this.#bandsOf.clear();
    this.#orphans.clear();
    this.#proximity?.dispose();
    this.#proximity = null;
  }

  #watch(band: B, element: Element): void {
    this.#proximity ??= this.#factory?.((elements) => this.#moved(elements)) ?? null;
    if (!this.#proximity) return;
    let bands = this.#bandsOf.get(element);
    if (!bands) {
      bands = new Set();
      this.#bandsOf.set(element, bands);
      if (!this.#orphans.delete(element)) this.#proximity.watch(element);
    }
    bands.add(band);
  }

  #sweep(): void {
    for (const element of this.#orphans) this.#proximity?.unwatch(element);
    this.#orphans.clear();
  }

  #moved(elements: readonly Element[]): void {
    const changed = new Set<B>();
    let onScreen = false;
    for (const element of elements) {
      for (const band of this.#bandsOf.get(element) ?? []) {
        const near = this.isNear(band);
        if (near === band.near) continue;
        band.near = near;
        changed.add(band);
        onScreen ||= near && this.onScreen(band);
      }
    }
    if (changed.size > 0) this.#onMoved(changed, onScreen);
  }
}

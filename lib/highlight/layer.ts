import { CATEGORIES, type Category } from '../types';
import { CURRENT_HIGHLIGHT, highlightName } from './names';
import { intersectionProximity, type Proximity, type ProximityFactory, type Side } from './proximity';

/**
 * One CSS Custom Highlight per category, registered under its fixed name. Toggling a category only
 * (un)registers its Highlight: the ranges stay, so switching back on needs no rescan. The current
 * navigation target gets its own highlight with a higher priority, painted over the category colour.
 *
 * Why not every range is registered on big pages: Chromium rebuilds the markers of every registered
 * range whenever the DOM or style changes or any registered highlight changes
 * (HighlightRegistry::ValidateHighlightMarkers, third_party/blink/renderer/core/highlight). With 40k
 * ranges that is a 300 ms frame for each page change, our rescans and the navigation mark included,
 * forever. So ranges come in bands (consecutive mentions, see content/bands.ts), and once the page has
 * more than `budget` ranges only the bands near the viewport (proximity.ts) are in the registered
 * highlights; the rest join as the reader scrolls to them. Up to the budget (any article) every
 * range is registered, so `CSS.highlights.get(name).size` is the category's mention count there; on
 * bigger pages it is the count near the viewport, while counts for people (badge, popup) come from
 * the mention store, never from the registry.
 */

/** The registry surface we use; CSS.highlights in a page, a Map in tests. */
export interface RegistryLike {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
  get(name: string): Highlight | undefined;
}

export interface HighlightEnv {
  registry: RegistryLike;
  createHighlight(): Highlight;
  /** Where bands are relative to the viewport; without it every range is registered. */
  proximity?: ProximityFactory | null;
}

/** The page's registry, or null where the Highlight API is missing (then we do not highlight at all). */
export function pageHighlightEnv(win: Window & typeof globalThis): HighlightEnv | null {
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, createHighlight: () => new HighlightCtor(), proximity: intersectionProximity(win) };
}

export interface HighlightItem {
  category: Category;
  range: AbstractRange;
}

/** Ranges registered regardless of position, up to this many (Chromium: ~3 µs per range per rebuild). */
export const DEFAULT_BUDGET = 1000;

/**
 * Least time between two changes of the registered bands while the reader scrolls. With an underline
 * in the ::highlight style, Chromium recomputes the visual overflow of every highlighted node's
 * ancestors on each change (HighlightStyleUtils::CustomHighlightHasVisualOverflow), which on a page of
 * 20k paragraphs in one container is a ~40 ms frame whatever the number of ranges; the margin of
 * proximity.ts (two screens) leaves time to batch them.
 */
export const SCROLL_BATCH_MS = 400;

export interface LayerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const defaultClock: LayerClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LayerOptions {
  budget?: number;
  batchMs?: number;
  clock?: LayerClock;
}

interface Band {
  /** Sentinels: the first and last block of the band (null: always near, e.g. no element found). */
  first: Element | null;
  last: Element | null;
  /** Near the viewport as last reported. */
  near: boolean;
  /** Its ranges are in the highlights (windowed mode; follows `near` at most every batchMs). */
  shown: boolean;
  items: Set<Entry>;
}

interface Entry extends HighlightItem {
  band: Band;
}

const isClose = (side: Side | undefined) => side === 'near' || side === 'visible';

export class HighlightLayer {
  readonly #env: HighlightEnv;
  readonly #budget: number;
  readonly #byCategory = new Map<Category, Highlight>();
  readonly #entries = new Map<AbstractRange, Entry>();
  readonly #counts: Record<Category, number> = { leak: 0, distillation: 0, policy: 0, company: 0, person: 0 };
  readonly #enabled = new Set<Category>(CATEGORIES);
  /** Bands each sentinel element belongs to. */
  readonly #bandsOf = new Map<Element, Set<Band>>();
  /** Sentinels whose last band went; unwatched after the current task unless a new band takes them. */
  readonly #orphans = new Set<Element>();
  readonly #batchMs: number;
  readonly #clock: LayerClock;
  /** Bands whose nearness changed since the registered highlights last followed. */
  readonly #moved = new Set<Band>();
  #timer: unknown = null;
  #followedAt = Number.NEGATIVE_INFINITY;
  #proximity: Proximity | null = null;
  #windowed = false;
  #current: Highlight | null = null;

  constructor(env: HighlightEnv, options: LayerOptions = {}) {
    this.#env = env;
    this.#budget = options.budget ?? DEFAULT_BUDGET;
    this.#batchMs = options.batchMs ?? SCROLL_BATCH_MS;
    this.#clock = options.clock ?? defaultClock;
  }

  /** Adds a band of ranges whose text lies between the `first` and `last` elements (document order). */
  addBand(items: readonly HighlightItem[], first: Element | null = null, last: Element | null = first): void {
    if (items.length === 0) return;
    const band: Band = { first, last, near: true, shown: true, items: new Set() };
    if (first && last) {
      this.#watch(band, first);
      if (last !== first) this.#watch(band, last);
      band.near = band.shown = this.#isNear(band);
    }
    for (const item of items) {
      const old = this.#entries.get(item.range);
      if (old) this.delete(old.category, old.range);
      const entry: Entry = { category: item.category, range: item.range, band };
      this.#entries.set(item.range, entry);
      band.items.add(entry);
      this.#counts[item.category]++;
      if (this.#shows(entry)) this.#highlightOf(item.category).add(item.range);
    }
    this.#checkMode();
  }

  /** One range that is always registered (no band). */
  add(category: Category, range: AbstractRange): void {
    this.addBand([{ category, range }]);
  }

  delete(category: Category, range: AbstractRange): void {
    const entry = this.#entries.get(range);
    if (!entry || entry.category !== category) return;
    this.#entries.delete(range);
    this.#counts[category]--;
    this.#byCategory.get(category)?.delete(range);
    const { band } = entry;
    band.items.delete(entry);
    if (band.items.size === 0) {
      this.#moved.delete(band);
      this.#dropBand(band);
    }
    this.#checkMode();
  }

  /** Ranges of a category, registered or waiting for the reader to come near. */
  size(category: Category): number {
    return this.#counts[category];
  }

  isEnabled(category: Category): boolean {
    return this.#enabled.has(category);
  }

  /** Shows exactly the categories flagged true; returns whether anything changed. */
  setEnabled(flags: Readonly<Record<Category, boolean>>): boolean {
    let changed = false;
    for (const category of CATEGORIES) {
      if (flags[category] === this.#enabled.has(category)) continue;
      changed = true;
      const highlight = this.#byCategory.get(category);
      if (flags[category]) {
        this.#enabled.add(category);
        if (highlight) this.#env.registry.set(highlightName(category), highlight);
      } else {
        this.#enabled.delete(category);
        this.#env.registry.delete(highlightName(category));
      }
    }
    return changed;
  }

  /** Marks one range as the navigation target (null clears the mark). */
  setCurrent(range: AbstractRange | null): void {
    if (range === null) {
      if (this.#current) this.#env.registry.delete(CURRENT_HIGHLIGHT);
      this.#current = null;
      return;
    }
    if (!this.#current) {
      this.#current = this.#env.createHighlight();
      this.#current.priority = 1;
    }
    this.#current.clear();
    this.#current.add(range);
    this.#env.registry.set(CURRENT_HIGHLIGHT, this.#current);
  }

  /** Removes every range and our names from the registry, leaving the page's own highlights alone. */
  clear(): void {
    for (const category of CATEGORIES) {
      this.#byCategory.get(category)?.clear();
      this.#env.registry.delete(highlightName(category));
      this.#counts[category] = 0;
    }
    this.#byCategory.clear();
    this.#entries.clear();
    this.#bandsOf.clear();
    this.#orphans.clear();
    this.#moved.clear();
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#proximity?.dispose();
    this.#proximity = null;
    this.#windowed = false;
    this.setCurrent(null);
  }

  #highlightOf(category: Category): Highlight {
    let highlight = this.#byCategory.get(category);
    if (!highlight) {
      highlight = this.#env.createHighlight();
      this.#byCategory.set(category, highlight);
      if (this.#enabled.has(category)) this.#env.registry.set(highlightName(category), highlight);
    }
    return highlight;
  }

  #shows(entry: Entry): boolean {
    return !this.#windowed || entry.band.shown;
  }

  #watch(band: Band, element: Element): void {
    const proximity = this.#ensureProximity();
    if (!proximity) return;
    let bands = this.#bandsOf.get(element);
    if (!bands) {
      bands = new Set();
      this.#bandsOf.set(element, bands);
      if (!this.#orphans.delete(element)) proximity.watch(element);
    }
    bands.add(band);
  }

  #dropBand(band: Band): void {
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

  #sweep(): void {
    for (const element of this.#orphans) this.#proximity?.unwatch(element);
    this.#orphans.clear();
  }

  #ensureProximity(): Proximity | null {
    if (!this.#proximity && this.#env.proximity) this.#proximity = this.#env.proximity((elements) => this.#onMoved(elements));
    return this.#proximity;
  }

  /** Unknown sides count as far: a new band shows once the observer has placed it (next frame). */
  #isNear(band: Band): boolean {
    if (!band.first || !band.last || !this.#proximity) return true;
    const a = this.#proximity.side(band.first);
    const b = this.#proximity.side(band.last);
    if (a === undefined || b === undefined) return isClose(a) || isClose(b);
    // Both beyond the same edge: the whole band is; otherwise some of it is near (or spans the view).
    return !((a === 'above' && b === 'above') || (a === 'below' && b === 'below'));
  }

  #onMoved(elements: readonly Element[]): void {
    let urgent = false;
    for (const element of elements) {
      for (const band of this.#bandsOf.get(element) ?? []) {
        band.near = this.#isNear(band);
        if (band.near === band.shown) {
          this.#moved.delete(band);
          continue;
        }
        this.#moved.add(band);
        // Text on screen without its highlights (after a jump) is worth a frame of its own.
        urgent ||= band.near && this.#proximity?.side(element) === 'visible';
      }
    }
    if (this.#moved.size === 0) return;
    const wait = this.#followedAt + this.#batchMs - this.#clock.now();
    if (urgent || wait <= 0) {
      if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
      this.#follow();
    } else if (this.#timer === null) {
      this.#timer = this.#clock.setTimeout(() => this.#follow(), wait);
    }
  }

  /** Brings the registered highlights in line with where the bands are now. */
  #follow(): void {
    this.#timer = null;
    this.#followedAt = this.#clock.now();
    for (const band of this.#moved) {
      if (this.#windowed && band.shown !== band.near) this.#showBand(band, band.near);
      band.shown = band.near;
    }
    this.#moved.clear();
  }

  #showBand(band: Band, show: boolean): void {
    for (const { category, range } of band.items) {
      const highlight = this.#highlightOf(category);
      if (show) highlight.add(range);
      else highlight.delete(range);
    }
  }

  /** Windowed above the budget; back to everything below half of it (no flapping at the edge). */
  #checkMode(): void {
    const total = this.#entries.size;
    const windowed = this.#proximity !== null && (this.#windowed ? total > this.#budget / 2 : total > this.#budget);
    if (windowed === this.#windowed) return;
    this.#windowed = windowed;
    const bands = new Set<Band>();
    for (const entry of this.#entries.values()) bands.add(entry.band);
    // Entering: far bands leave the highlights (all were in them). Leaving: the hidden ones come back.
    for (const band of bands) {
      if (windowed && !band.near) this.#showBand(band, false);
      if (!windowed && !band.shown) this.#showBand(band, true);
      band.shown = windowed ? band.near : true;
    }
    this.#moved.clear();
  }
}

import { CATEGORIES, type Category } from '../types';
import { CURRENT_HIGHLIGHT, highlightName } from './names';
import { Pacer, type Clock } from './pacer';
import { intersectionProximity, type ProximityFactory } from './proximity';
import { Sentinels, type WatchedBand } from './sentinels';

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
 * Least time between two changes of the registered highlights while a pass runs or the reader
 * scrolls (the end of a pass, and a band coming on screen, do not wait). With an underline in the
 * ::highlight style, Chromium recomputes the visual overflow of every highlighted node's ancestors on
 * each change (HighlightStyleUtils::CustomHighlightHasVisualOverflow): on a page of 20k paragraphs in
 * one container that is a ~40 ms frame however few ranges changed. The margin of proximity.ts (three
 * screens) leaves time to batch.
 */
export const SCROLL_BATCH_MS = 400;

export interface LayerOptions {
  budget?: number;
  batchMs?: number;
  clock?: Clock;
}

interface Band extends WatchedBand {
  items: Set<Entry>;
}

interface Entry extends HighlightItem {
  band: Band;
  /** In its category's Highlight right now. */
  shown: boolean;
}

export class HighlightLayer {
  readonly #env: HighlightEnv;
  readonly #budget: number;
  readonly #byCategory = new Map<Category, Highlight>();
  readonly #entries = new Map<AbstractRange, Entry>();
  readonly #counts: Record<Category, number> = { leak: 0, distillation: 0, policy: 0, company: 0, person: 0 };
  readonly #enabled = new Set<Category>(CATEGORIES);
  readonly #sentinels: Sentinels<Band>;
  /** Bands whose ranges may have to join or leave the highlights at the next sync. */
  readonly #dirty = new Set<Band>();
  readonly #pacer: Pacer;
  #windowed = false;
  /** A pass is running: only a band on screen syncs before its flush() (fewer frames that re-style). */
  #holding = false;
  #current: Highlight | null = null;

  constructor(env: HighlightEnv, options: LayerOptions = {}) {
    this.#env = env;
    this.#budget = options.budget ?? DEFAULT_BUDGET;
    this.#pacer = new Pacer(() => this.#sync(), options.batchMs ?? SCROLL_BATCH_MS, options.clock);
    this.#sentinels = new Sentinels<Band>(env.proximity, (bands, onScreen) => {
      for (const band of bands) this.#dirty.add(band);
      this.#request(onScreen);
    });
  }

  /**
   * Adds a band of ranges whose text lies between the `first` and `last` elements (document order).
   * They reach the highlights at the next sync: at once, within SCROLL_BATCH_MS, or on flush().
   */
  addBand(items: readonly HighlightItem[], first: Element | null = null, last: Element | null = first): void {
    if (items.length === 0) return;
    const band: Band = { first, last, near: true, items: new Set() };
    this.#sentinels.add(band);
    for (const item of items) {
      const old = this.#entries.get(item.range);
      if (old) this.delete(old.category, old.range);
      const entry: Entry = { category: item.category, range: item.range, band, shown: false };
      this.#entries.set(item.range, entry);
      band.items.add(entry);
      this.#counts[item.category]++;
    }
    this.#dirty.add(band);
    this.#checkMode();
    this.#request(this.#sentinels.onScreen(band));
  }

  /** One range that is always registered (no band). */
  add(category: Category, range: AbstractRange): void {
    this.addBand([{ category, range }]);
  }

  /** Takes a range away at once. */
  delete(category: Category, range: AbstractRange): void {
    const entry = this.#entries.get(range);
    if (!entry || entry.category !== category) return;
    this.#entries.delete(range);
    this.#counts[category]--;
    if (entry.shown) this.#byCategory.get(category)?.delete(range);
    const { band } = entry;
    band.items.delete(entry);
    if (band.items.size === 0) {
      this.#dirty.delete(band);
      this.#sentinels.remove(band);
    }
    this.#checkMode();
  }

  /**
   * Starts a pass (the first full scan): until flush(), its ranges reach the highlights only when a
   * band of them is on screen, so that the pass costs two or three frames that re-style, not one per
   * SCROLL_BATCH_MS.
   */
  hold(): void {
    this.#holding = true;
  }

  /** Applies pending changes now (the end of a pass: what it found shows without waiting). */
  flush(): void {
    this.#holding = false;
    if (this.#dirty.size > 0) this.#pacer.flush();
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
    this.#sentinels.clear();
    this.#dirty.clear();
    this.#pacer.cancel();
    this.#holding = false;
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

  /** Every range of the dirty bands where it should be: registered unless windowed and far. */
  #sync(): void {
    for (const band of this.#dirty) {
      const show = !this.#windowed || band.near;
      for (const entry of band.items) {
        if (entry.shown === show) continue;
        entry.shown = show;
        if (show) this.#highlightOf(entry.category).add(entry.range);
        else this.#byCategory.get(entry.category)?.delete(entry.range);
      }
    }
    this.#dirty.clear();
  }

  /** Windowed above the budget; back to everything below half of it (no flapping at the edge). */
  #checkMode(): void {
    const total = this.#entries.size;
    const windowed = this.#sentinels.active && (this.#windowed ? total > this.#budget / 2 : total > this.#budget);
    if (windowed === this.#windowed) return;
    this.#windowed = windowed;
    for (const entry of this.#entries.values()) this.#dirty.add(entry.band);
    this.#request(false);
  }

  /** Text on screen waiting for its highlights gets a sync at once; the rest is paced (or held). */
  #request(onScreen: boolean): void {
    if (onScreen) this.#pacer.flush();
    else if (!this.#holding) this.#pacer.request();
  }
}

import { CATEGORIES, type Category } from '../types';
import { CURRENT_HIGHLIGHT, highlightName } from './names';

/**
 * One CSS Custom Highlight per category, registered under its fixed name. Toggling a category only
 * (un)registers its Highlight: the ranges stay, so switching back on needs no rescan. The current
 * navigation target gets its own highlight with a higher priority, painted over the category colour.
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
}

/** The page's registry, or null where the Highlight API is missing (then we do not highlight at all). */
export function pageHighlightEnv(win: Window & typeof globalThis): HighlightEnv | null {
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, createHighlight: () => new HighlightCtor() };
}

export class HighlightLayer {
  readonly #env: HighlightEnv;
  readonly #byCategory = new Map<Category, Highlight>();
  readonly #enabled = new Set<Category>(CATEGORIES);
  #current: Highlight | null = null;
  #suspended = false;

  constructor(env: HighlightEnv) {
    this.#env = env;
  }

  add(category: Category, range: AbstractRange): void {
    let highlight = this.#byCategory.get(category);
    if (!highlight) {
      highlight = this.#env.createHighlight();
      this.#byCategory.set(category, highlight);
      if (this.#enabled.has(category) && !this.#suspended) this.#env.registry.set(highlightName(category), highlight);
    }
    highlight.add(range);
  }

  delete(category: Category, range: AbstractRange): void {
    this.#byCategory.get(category)?.delete(range);
  }

  size(category: Category): number {
    return this.#byCategory.get(category)?.size ?? 0;
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
        if (highlight && !this.#suspended) this.#env.registry.set(highlightName(category), highlight);
      } else {
        this.#enabled.delete(category);
        this.#env.registry.delete(highlightName(category));
      }
    }
    return changed;
  }

  /**
   * Keeps our highlights out of the registry until resume(). The browser re-validates every registered
   * range whenever a registered highlight changes, so filling registered highlights chunk by chunk costs
   * time quadratic in the number of ranges; filling them unregistered and registering once is linear.
   */
  suspend(): void {
    this.#suspended = true;
    for (const category of CATEGORIES) this.#env.registry.delete(highlightName(category));
  }

  resume(): void {
    if (!this.#suspended) return;
    this.#suspended = false;
    for (const category of CATEGORIES) {
      const highlight = this.#byCategory.get(category);
      if (highlight && this.#enabled.has(category)) this.#env.registry.set(highlightName(category), highlight);
    }
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
    }
    this.#byCategory.clear();
    this.setCurrent(null);
  }
}

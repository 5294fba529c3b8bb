import type { ExtractedText } from '../extract/dom-text';
import type { Category, EntityId, Mention, TopicId } from '../types';
import type { DocumentContext } from './detector';
import { compareComposed } from './dom-order';

/**
 * The mentions highlighted on the page, indexed by the text nodes they cover, so that hovering (caret
 * node + offset) and rescanning a changed block (its text nodes) cost time in proportion to those nodes,
 * not to the whole page.
 */
export interface Placed {
  mention: Mention;
  range: AbstractRange;
  /** Every text node the mention covers, first to last. */
  nodes: readonly Text[];
  /** The extraction the mention's offsets refer to (for its sentence). */
  source: ExtractedText;
}

export class MentionStore {
  #byNode = new WeakMap<Node, Placed[]>();
  readonly #all = new Set<Placed>();
  /** Page order as last sorted, and what changed since (merged in on the next ordered()). */
  #ordered: Placed[] = [];
  readonly #added = new Set<Placed>();
  readonly #removed = new Set<Placed>();
  readonly #categories: Record<Category, number> = { leak: 0, distillation: 0, policy: 0, company: 0, person: 0 };
  readonly #entities = new Map<EntityId, number>();
  readonly #topics = new Map<TopicId, number>();

  get size(): number {
    return this.#all.size;
  }

  add(placed: Placed): void {
    if (this.#all.has(placed)) return;
    this.#all.add(placed);
    if (!this.#removed.delete(placed)) this.#added.add(placed);
    this.#count(placed.mention, 1);
    for (const node of placed.nodes) {
      const list = this.#byNode.get(node);
      if (list) list.push(placed);
      else this.#byNode.set(node, [placed]);
    }
  }

  delete(placed: Placed): boolean {
    if (!this.#all.delete(placed)) return false;
    if (!this.#added.delete(placed)) this.#removed.add(placed);
    this.#count(placed.mention, -1);
    for (const node of placed.nodes) {
      const list = this.#byNode.get(node);
      if (!list) continue;
      const rest = list.filter((p) => p !== placed);
      if (rest.length > 0) this.#byNode.set(node, rest);
      else this.#byNode.delete(node);
    }
    return true;
  }

  /** Every mention touching one of `nodes` (each once). */
  touching(nodes: Iterable<Node>): Placed[] {
    const found = new Set<Placed>();
    for (const node of nodes) for (const placed of this.#byNode.get(node) ?? []) found.add(placed);
    return [...found];
  }

  /**
   * Mentions at a DOM position (e.g. the caret under the pointer). Boundary positions match both
   * neighbours; the caller confirms with the mention's client rects.
   */
  at(node: Node, offset: number): Placed[] {
    return (this.#byNode.get(node) ?? []).filter((placed) => {
      const { range } = placed;
      if (node === range.startContainer && offset < range.startOffset) return false;
      if (node === range.endContainer && offset > range.endOffset) return false;
      return true;
    });
  }

  has(placed: Placed): boolean {
    return this.#all.has(placed);
  }

  /**
   * All mentions in page order. Kept sorted across changes: a rescan's few new mentions are placed by
   * binary search, so after an append this costs the new ones' comparisons, not a sort of the page.
   */
  ordered(): readonly Placed[] {
    if (this.#added.size === 0 && this.#removed.size === 0) return this.#ordered;
    const kept = this.#removed.size === 0 ? this.#ordered : this.#ordered.filter((p) => !this.#removed.has(p));
    const added = [...this.#added].sort(comparePlaced);
    this.#ordered = added.length > kept.length / 4 ? [...kept, ...added].sort(comparePlaced) : mergeSorted(kept, added);
    this.#added.clear();
    this.#removed.clear();
    return this.#ordered;
  }

  all(): IterableIterator<Placed> {
    return this.#all.values();
  }

  /** Mentions per category, kept as they come and go. */
  countBy(): Readonly<Record<Category, number>> {
    return this.#categories;
  }

  /** What the page mentions, kept up to date as mentions come and go (the engine's context). */
  context(): DocumentContext {
    return { entities: Object.fromEntries(this.#entities), topics: Object.fromEntries(this.#topics) };
  }

  clear(): void {
    this.#entities.clear();
    this.#topics.clear();
    this.#all.clear();
    this.#byNode = new WeakMap();
    this.#ordered = [];
    this.#added.clear();
    this.#removed.clear();
    for (const category of Object.keys(this.#categories) as Category[]) this.#categories[category] = 0;
  }

  #count(mention: Mention, delta: number): void {
    this.#categories[mention.category] += delta;
    if (mention.entity) this.#entities.set(mention.entity, (this.#entities.get(mention.entity) ?? 0) + delta);
    else {
      const topic = mention.category as TopicId;
      this.#topics.set(topic, (this.#topics.get(topic) ?? 0) + delta);
    }
  }
}

/** `sorted` with `extra` (sorted too) merged in; each of `extra` is placed by binary search. */
function mergeSorted(sorted: readonly Placed[], extra: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  let from = 0;
  for (const item of extra) {
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (comparePlaced(sorted[mid] as Placed, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(sorted[i] as Placed);
    out.push(item);
    from = lo;
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i] as Placed);
  return out;
}

function comparePlaced(a: Placed, b: Placed): number {
  const byNode = compareComposed(a.range.startContainer, b.range.startContainer);
  if (byNode !== 0) return byNode;
  return a.range.startOffset - b.range.startOffset;
}

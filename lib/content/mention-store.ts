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
  #ordered: Placed[] | null = null;
  readonly #entities = new Map<EntityId, number>();
  readonly #topics = new Map<TopicId, number>();

  get size(): number {
    return this.#all.size;
  }

  add(placed: Placed): void {
    this.#all.add(placed);
    this.#ordered = null;
    this.#count(placed.mention, 1);
    for (const node of placed.nodes) {
      const list = this.#byNode.get(node);
      if (list) list.push(placed);
      else this.#byNode.set(node, [placed]);
    }
  }

  delete(placed: Placed): boolean {
    if (!this.#all.delete(placed)) return false;
    this.#ordered = null;
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

  /** All mentions in page order (cached until the next change). */
  ordered(): readonly Placed[] {
    this.#ordered ??= [...this.#all].sort(comparePlaced);
    return this.#ordered;
  }

  all(): IterableIterator<Placed> {
    return this.#all.values();
  }

  countBy(): Record<Category, number> {
    const counts: Record<Category, number> = { leak: 0, distillation: 0, policy: 0, company: 0, person: 0 };
    for (const placed of this.#all) counts[placed.mention.category]++;
    return counts;
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
    this.#ordered = null;
  }

  #count(mention: Mention, delta: number): void {
    if (mention.entity) this.#entities.set(mention.entity, (this.#entities.get(mention.entity) ?? 0) + delta);
    else {
      const topic = mention.category as TopicId;
      this.#topics.set(topic, (this.#topics.get(topic) ?? 0) + delta);
    }
  }
}

function comparePlaced(a: Placed, b: Placed): number {
  const byNode = compareComposed(a.range.startContainer, b.range.startContainer);
  if (byNode !== 0) return byNode;
  return a.range.startOffset - b.range.startOffset;
}

import { createExtractor, extractText, type ExtractOptions, type ExtractedText } from '../extract/dom-text';
import { isInSkippedRegion } from '../extract/subtree';
import type { BlockSpan, Mention } from '../types';
import type { HighlightLayer } from '../highlight/layer';
import { Batcher } from './batcher';
import type { Detector } from './detector';
import type { MentionStore, Placed } from './mention-store';
import { collectChanges, textNodesIn } from './mutation-batch';
import { placeMention, type MakeStaticRange } from './placement';
import { CHUNK_MS, chunkDeadline, yieldToPage } from './yield';

/**
 * The scan of one document (one per frame):
 *
 *   fullPass()  extract (chunked, yields) ─▶ detect slices of blocks, each with the context of the
 *               slices before it ─▶ place StaticRanges (chunked) ─▶ HighlightLayer
 *                 └─ meanwhile the MutationObserver queues changes; they run after the full pass
 *   mutations ─▶ Batcher (quiet 120 ms, max 600 ms) ─▶ collectChanges ─▶ for each changed block:
 *                 drop its mentions, extractText(block), detect with the page's context, place
 *                 (cost ∝ the changed blocks, never the page)
 *   stop (signal) ─▶ observer disconnected; the owner clears the layer
 *
 * Skipped: our UI host (accept), editors, scripts and the rest of extract/element-rules. Our own DOM
 * changes (the host) are filtered out of the mutation batches, so they never cause a rescan.
 */
export interface ScanOptions {
  doc: Document;
  /** The subtree to scan and observe (document.body). */
  root: Element;
  detector: Detector;
  layer: HighlightLayer;
  store: MentionStore;
  makeRange: MakeStaticRange;
  /** Our own UI host, never read. */
  isOwn(node: Node): boolean;
  /** An open shadow root met while scanning (it gets our highlight styles). */
  onShadowRoot?(root: ShadowRoot): void;
  /** Called after every pass that changed the highlighted mentions. */
  onChange(): void;
  signal: AbortSignal;
  quietMs?: number;
  maxWaitMs?: number;
  yieldNow?: () => Promise<void>;
}

export interface PassResult {
  count: number;
  ms: number;
}

/** Text per detection slice: start modest, then adapt to the measured speed within these bounds. */
const FIRST_SLICE_CHARS = 20_000;
const MIN_SLICE_CHARS = 2_000;
const MAX_SLICE_CHARS = 400_000;

const OBSERVE: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export class ScanSession {
  readonly #o: ScanOptions;
  readonly #extractOptions: ExtractOptions;
  readonly #observer: MutationObserver;
  readonly #batcher: Batcher<MutationRecord>;
  readonly #observed = new WeakSet<Node>();
  readonly #yield: () => Promise<void>;
  /** Passes run one after another: a rescan never interleaves with the full pass. */
  #queue: Promise<void> = Promise.resolve();

  constructor(options: ScanOptions) {
    this.#o = options;
    this.#yield = options.yieldNow ?? yieldToPage;
    this.#extractOptions = {
      accept: (element) => {
        if (options.isOwn(element)) return false;
        // Open shadow roots are read in place; watch them too, a document observer does not see inside.
        if (element.shadowRoot && !this.#observed.has(element.shadowRoot)) {
          this.#observe(element.shadowRoot);
          options.onShadowRoot?.(element.shadowRoot);
        }
        return true;
      },
    };
    this.#batcher = new Batcher<MutationRecord>({
      quietMs: options.quietMs ?? 120,
      maxWaitMs: options.maxWaitMs ?? 600,
      signal: options.signal,
      flush: (records) => this.#enqueue(() => this.#rescan(records)),
    });
    const Observer = (options.doc.defaultView ?? globalThis).MutationObserver;
    this.#observer = new Observer((records) => this.#batcher.push(...records));
    options.signal.addEventListener('abort', () => this.#observer.disconnect(), { once: true });
  }

  /** Scans the whole root once; resolves when every mention found is highlighted. */
  fullPass(): Promise<PassResult> {
    this.#observe(this.#o.root);
    let result: PassResult = { count: 0, ms: 0 };
    return this.#enqueue(async () => {
      const started = performance.now();
      const extractor = createExtractor(this.#o.root, this.#extractOptions);
      while (!extractor.step(chunkDeadline())) {
        await this.#yield();
        if (this.#o.signal.aborted) return;
      }
      const source = extractor.current();
      await this.#detectInChunks(source);
      result = { count: this.#o.store.size, ms: performance.now() - started };
      this.#o.onChange();
    }).then(() => result);
  }

  /** Runs pending mutation work now (tests, and before answering the popup). */
  flush(): Promise<void> {
    this.#batcher.flushNow();
    return this.#queue;
  }

  #observe(target: Node): void {
    if (this.#observed.has(target)) return;
    this.#observed.add(target);
    this.#observer.observe(target, OBSERVE);
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Detection over the first pass's text, a slice of blocks at a time with the context of the slices
   * before it, yielding between slices. The slice size adapts so each takes about one chunk budget.
   */
  async #detectInChunks(source: ExtractedText): Promise<void> {
    const { blocks } = source;
    let chars = FIRST_SLICE_CHARS;
    let i = 0;
    while (i < blocks.length) {
      await this.#yield();
      if (this.#o.signal.aborted) return;
      const indices: number[] = [];
      let taken = 0;
      for (; i < blocks.length && (taken < chars || indices.length === 0); i++) {
        const block = blocks[i] as BlockSpan;
        indices.push(i);
        taken += block.end - block.start;
      }
      const started = performance.now();
      const whole = indices.length === blocks.length;
      const mentions = this.#o.detector.detect(source, whole ? {} : { blocks: indices, context: this.#o.store.context() });
      const elapsed = performance.now() - started;
      chars = Math.max(MIN_SLICE_CHARS, Math.min(MAX_SLICE_CHARS, Math.round((taken * CHUNK_MS) / Math.max(elapsed, 0.5))));
      await this.#place(mentions, source);
    }
  }

  async #place(mentions: readonly Mention[], source: ExtractedText): Promise<void> {
    const { layer, store, makeRange } = this.#o;
    let deadline = chunkDeadline();
    for (let i = 0; i < mentions.length; i++) {
      const placed = placeMention(mentions[i] as Mention, source, makeRange);
      if (placed) {
        store.add(placed);
        layer.add(placed.mention.category, placed.range);
      }
      if ((i & 31) === 31 && performance.now() >= deadline) {
        await this.#yield();
        if (this.#o.signal.aborted) return;
        deadline = chunkDeadline();
      }
    }
  }

  #drop(placed: readonly Placed[]): void {
    for (const p of placed) {
      if (this.#o.store.delete(p)) this.#o.layer.delete(p.mention.category, p.range);
    }
  }

  async #rescan(records: MutationRecord[]): Promise<void> {
    if (this.#o.signal.aborted) return;
    const changes = collectChanges(records, {
      boundary: this.#o.root,
      isOwn: (node) => this.#isOwnOrInside(node),
      isSkipped: (node) => isInSkippedRegion(node, this.#extractOptions),
    });
    if (changes.roots.length === 0 && changes.removed.length === 0) return;
    const before = this.#o.store.size;
    for (const node of changes.removed) this.#drop(this.#o.store.touching(textNodesIn(node)));
    let deadline = chunkDeadline();
    let changed = this.#o.store.size !== before;
    for (const root of changes.roots) {
      const stale = this.#o.store.touching(textNodesIn(root));
      this.#drop(stale);
      const source = extractText(root, this.#extractOptions);
      const mentions =
        source.blocks.length > 0 ? this.#o.detector.detect(source, { context: this.#o.store.context() }) : [];
      await this.#place(mentions, source);
      changed ||= stale.length > 0 || mentions.length > 0;
      if (performance.now() >= deadline) {
        await this.#yield();
        if (this.#o.signal.aborted) return;
        deadline = chunkDeadline();
      }
    }
    if (changed) this.#o.onChange();
  }

  #isOwnOrInside(node: Node): boolean {
    for (let at: Node | null = node; at !== null; at = at.parentNode) if (this.#o.isOwn(at)) return true;
    return false;
  }
}

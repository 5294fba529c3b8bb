import { createExtractor, extractText, liveView, type ExtractOptions, type ExtractedText } from '../extract/dom-text';
import { isInSkippedRegion } from '../extract/subtree';
import type { Mention } from '../types';
import type { HighlightLayer } from '../highlight/layer';
import { bandsOf } from './bands';
import { Batcher } from './batcher';
import { prepareDetector, type Detector } from './detector';
import type { MentionStore, Placed } from './mention-store';
import { collectChanges, textNodesIn } from './mutation-batch';
import { placeMention, type MakeRange } from './placement';
import { runFirstPass, type RemoteStatus } from './first-pass';
import { RemoteSession, type SendDetect } from './remote-detection';
import { chunkDeadline, yieldToPage, yieldToTasks } from './yield';

/**
 * The scan of one document (one per frame):
 *
 *   fullPass()  extract (chunked, yields) ─▶ detect slices of blocks, each with the context of the
 *               slices before it, in the background and, on huge pages, on the page too (first-pass.ts)
 *               ─▶ Ranges, in bands, into the highlight layer as each answer comes (it registers those
 *               near the viewport, see highlight/layer.ts, so the top of the page lights up first)
 *                 └─ meanwhile the MutationObserver queues changes; they run after the full pass
 *   mutations ─▶ Batcher (quiet 120 ms, max 600 ms) ─▶ collectChanges ─▶ for each changed block:
 *                 drop its mentions, extractText(block), detect with the page's context (in the
 *                 background when it answers), place
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
  /**
   * Detection in the background (remote-detection.ts), when there is one: the engine there is warm
   * and off the page's main thread. Without it, or when it fails, `detector` runs on the page.
   */
  remote?: SendDetect;
  /** Whether the background said it is ready (first-pass.ts); until then the page reads itself. */
  remoteStatus?: RemoteStatus;
  layer: HighlightLayer;
  store: MentionStore;
  makeRange: MakeRange;
  /** Our own UI host, never read. */
  isOwn(node: Node): boolean;
  /** An open shadow root met while scanning (it gets our highlight styles). */
  onShadowRoot?(root: ShadowRoot): void;
  /** Called after every pass that changed the highlighted mentions. */
  onChange(): void;
  /** Called after every rescan of changed blocks (the benchmark build's completion signal). */
  onRescan?(result: PassResult): void;
  signal: AbortSignal;
  quietMs?: number;
  maxWaitMs?: number;
  yieldNow?: () => Promise<void>;
  /** A yield behind tasks already queued (tests count them). */
  yieldToTasks?: () => Promise<void>;
}

export interface PassResult {
  count: number;
  ms: number;
}

/** Mentions placed in one step of the first pass: four bands (bands.ts), a few ms of Ranges. */
export const PLACE_STEP = 96;

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
      if (this.#o.signal.aborted) return;
      const extractor = createExtractor(this.#o.root, this.#extractOptions);
      const remote = this.#o.remote;
      // With a background, extraction goes on while it reads the first slices (the pass steps it);
      // the page's own engine needs the whole text first.
      while (!remote && !extractor.step(chunkDeadline())) {
        await this.#yield();
        if (this.#o.signal.aborted) return;
      }
      this.#o.layer.hold();
      const source = liveView(extractor);
      await runFirstPass({
        source,
        ...(remote ? { remote, extraction: extractor } : {}),
        ...(this.#o.remoteStatus ? { remoteStatus: this.#o.remoteStatus } : {}),
        detectHere: (doc, options) => this.#o.detector.detect(doc, options),
        prepareHere: () => prepareDetector(this.#o.detector, this.#yield, this.#o.signal),
        context: () => this.#o.store.context(),
        place: (mentions, pause) => this.#placeInSteps(mentions, source, pause),
        yieldNow: this.#yield,
        yieldToTasks: this.#o.yieldToTasks ?? yieldToTasks,
        signal: this.#o.signal,
      });
      this.#o.layer.flush();
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

  /** Into the store and the layer PLACE_STEP mentions at a time, pausing between steps. */
  async #placeInSteps(mentions: readonly Mention[], source: ExtractedText, pause: () => Promise<void>): Promise<void> {
    for (let i = 0; i < mentions.length; i += PLACE_STEP) {
      if (i > 0) {
        await pause();
        if (this.#o.signal.aborted) return;
      }
      this.#addAll(this.#placeAll(mentions.slice(i, i + PLACE_STEP), source));
    }
  }

  /** Ranges for mentions; null-free (the first pass calls it a step at a time, see #placeInSteps). */
  #placeAll(mentions: readonly Mention[], source: ExtractedText): Placed[] {
    const placed: Placed[] = [];
    for (const mention of mentions) {
      const p = placeMention(mention, source, this.#o.makeRange);
      if (p) placed.push(p);
    }
    return placed;
  }

  /** Into the store, and into the layer a band at a time (its first and last block are watched). */
  #addAll(placed: readonly Placed[]): void {
    for (const band of bandsOf(placed)) {
      for (const p of band.members) this.#o.store.add(p);
      this.#o.layer.addBand(
        band.members.map((p) => ({ category: p.mention.category, range: p.range })),
        band.first,
        band.last,
      );
    }
  }

  #drop(placed: readonly Placed[]): void {
    for (const p of placed) {
      if (this.#o.store.delete(p)) this.#o.layer.delete(p.mention.category, p.range);
    }
  }

  /**
   * Work for one mutation batch: find the stale mentions, read the changed blocks (yielding between
   * them), then swap stale for new in one synchronous step, so registered highlights change once per
   * batch (each change makes the browser re-validate every range).
   */
  async #rescan(records: MutationRecord[]): Promise<void> {
    if (this.#o.signal.aborted) return;
    const started = performance.now();
    const changes = collectChanges(records, {
      boundary: this.#o.root,
      isOwn: (node) => this.#isOwnOrInside(node),
      isSkipped: (node) => isInSkippedRegion(node, this.#extractOptions),
    });
    if (changes.roots.length === 0 && changes.removed.length === 0) return;
    const stale = new Set<Placed>();
    for (const node of [...changes.removed, ...changes.roots]) {
      for (const placed of this.#o.store.touching(textNodesIn(node))) stale.add(placed);
    }
    const sources: ExtractedText[] = [];
    let deadline = chunkDeadline();
    for (const root of changes.roots) {
      if (!root.isConnected) continue;
      const source = extractText(root, this.#extractOptions);
      if (source.blocks.length > 0) sources.push(source);
      if (performance.now() >= deadline) {
        await this.#yield();
        if (this.#o.signal.aborted) return;
        deadline = chunkDeadline();
      }
    }
    const found = await this.#detectAll(sources);
    if (this.#o.signal.aborted) return;
    const fresh: Placed[] = [];
    sources.forEach((source, i) => fresh.push(...this.#placeAll(found[i] ?? [], source)));
    if (stale.size === 0 && fresh.length === 0) return;
    this.#drop([...stale]);
    // A block changed again while we yielded: its newer batch will redo it; skip ranges gone stale.
    this.#addAll(fresh.filter((placed) => placed.nodes.every((node) => node.isConnected)));
    this.#o.layer.flush();
    this.#o.onChange();
    this.#o.onRescan?.({ count: this.#o.store.size, ms: performance.now() - started });
  }

  /**
   * Every block of each small extraction (a rescan's changed subtrees): in the background when it
   * answers, all sent at once as one session so a hundred appended paragraphs cost one round of
   * messages, not a hundred in a row; whatever it cannot answer is read here.
   */
  async #detectAll(sources: readonly ExtractedText[]): Promise<Mention[][]> {
    const context = this.#o.store.context();
    const remote = this.#o.remote && (this.#o.remoteStatus?.ready() ?? true) ? this.#o.remote : undefined;
    if (!remote) return sources.map((source) => this.#o.detector.detect(source, { context }));
    const session = new RemoteSession(remote, context);
    const answers = sources.map((source, i) => session.detect(source, source.blocks.map((_, k) => k), i === sources.length - 1));
    for (const answer of answers) answer.catch(() => undefined); // each is awaited below
    const found: Mention[][] = [];
    for (const [i, answer] of answers.entries()) {
      try {
        found.push(await answer);
      } catch {
        found.push(this.#o.detector.detect(sources[i] as ExtractedText, { context }));
      }
    }
    return found;
  }

  #isOwnOrInside(node: Node): boolean {
    for (let at: Node | null = node; at !== null; at = at.parentNode) if (this.#o.isOwn(at)) return true;
    return false;
  }
}

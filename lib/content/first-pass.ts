import type { DetectOptions, DocumentContext } from '../engine';
import type { ExtractedText, Extractor } from '../extract/dom-text';
import type { BlockSpan, DocumentText, Mention } from '../types';
import { RemoteSession, type SendDetect } from './remote-detection';
import { CHUNK_MS, chunkDeadline } from './yield';

/**
 * Detection over a page's first extraction, slice by slice from the top, each slice read with the
 * context of the ones before it, and each answer placed as it comes (the top of the page lights up
 * first):
 *
 *   background  when there is one (remote-detection.ts): its engine is compiled once and stays warm
 *               across pages, and runs beside the page instead of on its main thread; a few slices
 *               are in flight at once, so it reads the next while the page places the last
 *   page        with no background, or from where it failed: the page's own engine, in slices sized
 *               to the measured speed so no task runs long, yielding between them
 *
 * (Measured on 2 cores: the page helping the background from the other end made huge pages slower,
 * its engine cold and both threads short of CPU, so the page reads only when the background cannot.)
 */
/** An extraction still under way: the pass steps it between slices, so the background starts early. */
export type FirstPassExtraction = Pick<Extractor, 'step' | 'done' | 'textBetween'>;

export interface FirstPassDeps {
  /** The text (with `extraction`, a live view: its blocks and map grow as the extraction steps). */
  source: ExtractedText;
  extraction?: FirstPassExtraction;
  remote?: SendDetect;
  /** Whether the background has said it is ready (without it, the background is taken as ready). */
  remoteStatus?: RemoteStatus;
  /** The page's own engine. */
  detectHere(doc: DocumentText, options: DetectOptions): Mention[];
  /** Compiles the page's engine (in steps, yielding), before its first use. */
  prepareHere(): Promise<void>;
  /** What the page mentions so far (the store's counts). */
  context(): DocumentContext;
  /**
   * Turns mentions into highlights (ranges into the store and the layer). A big slice's answer holds
   * hundreds: place() may work through them in steps, awaiting `pause` between them, which yields once
   * the pass's task has run CHUNK_MS (placing a whole answer at once made tasks of 50–100 ms).
   */
  place(mentions: readonly Mention[], pause: () => Promise<void>): void | Promise<void>;
  yieldNow(): Promise<void>;
  /** A yield behind tasks already queued, so the background's answers are read between extraction chunks. */
  yieldToTasks?(): Promise<void>;
  signal: AbortSignal;
}

/**
 * What the background said when asked to get ready (controller.ts). An awake background answers in a few
 * ms; one that was asleep takes longer to start than a normal page takes to read, so the page reads
 * itself then (and the background, woken, serves the pages that come next).
 */
export interface RemoteStatus {
  ready(): boolean;
  /** Settles once the background has answered, whatever it answered. */
  answered: Promise<unknown>;
}

/**
 * Once the page is extracted, how long to wait for a background that has not answered yet: an awake one
 * answered 6–18 ms after the content script started (Chromium, 1k paragraphs), a sleeping one takes 100–250
 * ms to start, longer than a normal page takes to read itself.
 */
export const READY_WAIT_MS = 20;

/** Text per slice read here: start small (cold code), then fit the measured speed, within bounds. */
const FIRST_SLICE_CHARS = 5_000;
const MIN_SLICE_CHARS = 2_000;
const MAX_SLICE_CHARS = 40_000;
/**
 * Slices for the background start at this and grow to the maximum: it blocks nothing, and fewer
 * messages cost less (each is a round trip of several ms); the first is still small enough that the
 * top of the page lights up after one short round trip. Posting a 128k slice costs the page more per
 * character than a 32k one (5–14 ms against 0.5–0.9 in traces of the 5k and 20k bench pages), but
 * slices of at most 32k or 64k made the pass 5–13% longer (twenty-fourth session, builds alternated).
 */
const FIRST_REMOTE_SLICE_CHARS = 32_000;
const REMOTE_MAX_SLICE_CHARS = 128_000;
const REMOTE_IN_FLIGHT = 6;
/** Less than this left of a task's share, and extraction waits for a task of its own. */
const MIN_EXTRACT_MS = 2;
/** Far below the protocol's bound on blocks per slice (a table of tiny cells has many). */
const MAX_SLICE_BLOCKS_SENT = 8_000;

/**
 * Blocks [from, to) as a document of their own over the same text (offsets stay the source's), with one
 * neighbour each side read for context only: each engine call costs in proportion to its slice.
 */
export function sliceOf(source: ExtractedText, from: number, to: number, context: DocumentContext): [DocumentText, DetectOptions] {
  const { lo, hi, wanted } = neighbourhood(source.blocks.length, from, to);
  return [{ text: source.text, blocks: source.blocks.slice(lo, hi) }, { blocks: wanted, context }];
}

/** Blocks [lo, hi) read for a slice [from, to) (one neighbour each side), and the slice's indices within them. */
function neighbourhood(count: number, from: number, to: number): { lo: number; hi: number; wanted: number[] } {
  const lo = Math.max(0, from - 1);
  const hi = Math.min(count, to + 1);
  const wanted: number[] = [];
  for (let k = from; k < to; k++) wanted.push(k - lo);
  return { lo, hi, wanted };
}

const length = (block: BlockSpan | undefined) => (block ? block.end - block.start : 0);

interface Sent {
  from: number;
  answer: Promise<Mention[]>;
  settled: boolean;
}

export async function runFirstPass(deps: FirstPassDeps): Promise<void> {
  const { blocks } = deps.source;
  const extraction = deps.extraction;
  let extracting = extraction !== undefined && !extraction.done;
  let next = 0; // the first block no one has taken yet
  const sent: Sent[] = [];
  let remoteChars = FIRST_REMOTE_SLICE_CHARS;

  /** The end of a slice of about `chars` characters (and at most MAX_SLICE_BLOCKS_SENT blocks) from block `from`, and its length. */
  const cut = (from: number, chars: number, limit: number) => {
    let to = from;
    let taken = 0;
    while (to < limit && (taken < chars || to === from) && to - from < MAX_SLICE_BLOCKS_SENT) taken += length(blocks[to++]);
    return [to, taken] as const;
  };
  // Whether the background has said if it is ready; extraction goes on while it answers.
  let known = !deps.remoteStatus;
  deps.remoteStatus?.answered.then(
    () => void (known = true),
    () => void (known = true),
  );
  // The end of this task's share of the main thread: sending and placing yield once it has passed.
  let deadline = chunkDeadline();
  // With answers due, yield behind queued tasks to let them in: scheduler.yield() would resume us ahead of
  // them, and the background would sit idle until extraction ends (or its answer that it is ready would wait).
  const yieldForNewTask = async (answersDue: boolean) => {
    await (answersDue && deps.yieldToTasks ? deps.yieldToTasks() : deps.yieldNow());
    deadline = chunkDeadline();
  };
  const breathe = async () => {
    if (performance.now() >= deadline) await yieldForNewTask(sent.some((item) => !item.settled));
  };
  const yieldBetweenSteps = () => yieldForNewTask(sent.length > 0 || !known);
  const extractSome = async () => {
    // What ran before in this task (posting a slice can take tens of ms) counts against its share:
    // extraction gets what is left of it, or a task of its own.
    if (performance.now() >= deadline - MIN_EXTRACT_MS) await yieldBetweenSteps();
    extracting = !(extraction as FirstPassExtraction).step(deadline);
    await yieldBetweenSteps();
  };
  if (deps.remote) {
    if (extracting) await extractSome();
    while (!known && extracting && !deps.signal.aborted) await extractSome();
    if (!known) await Promise.race([deps.remoteStatus?.answered, delay(READY_WAIT_MS)]).catch(() => undefined);
  }
  const session = deps.remote && (deps.remoteStatus?.ready() ?? true) ? new RemoteSession(deps.remote, deps.context()) : null;

  if (session) {
    try {
      for (;;) {
        if (deps.signal.aborted) return;
        // While extraction goes on, a slice needs its right-hand neighbour (read for context) extracted.
        const limit = extracting ? blocks.length - 1 : blocks.length;
        while (sent.length < REMOTE_IN_FLIGHT && next < limit) {
          const [to, taken] = cut(next, remoteChars, limit);
          if (extracting && taken < remoteChars && to - next < MAX_SLICE_BLOCKS_SENT) break; // wait for a full slice
          await breathe(); // posting a slice costs a few ms of serialisation
          if (deps.signal.aborted) return;
          const from = next;
          next = to;
          remoteChars = Math.min(REMOTE_MAX_SLICE_CHARS, remoteChars * 2);
          const answer = sendSlice(session, deps, from, to, !extracting && to === blocks.length);
          const item: Sent = { from, answer, settled: false };
          answer.then(
            () => void (item.settled = true),
            () => void (item.settled = true),
          );
          sent.push(item);
        }
        const head = sent[0];
        if (head && (head.settled || !extracting)) {
          const waited = !head.settled;
          const mentions = await head.answer;
          if (deps.signal.aborted) return;
          if (waited) deadline = chunkDeadline(); // the answer came in a task of its own
          else await breathe();
          if (deps.signal.aborted) return;
          await deps.place(mentions, breathe);
          if (deps.signal.aborted) return;
          sent.shift();
        } else if (extracting) await extractSome();
        else if (next >= blocks.length) return;
      }
    } catch {
      // The background failed: the page reads from the first slice it did not answer.
      next = sent[0]?.from ?? next;
    }
  }

  while (extracting && !deps.signal.aborted) await extractSome();
  await deps.prepareHere();
  let chars = FIRST_SLICE_CHARS;
  while (next < blocks.length && !deps.signal.aborted) {
    await deps.yieldNow();
    if (deps.signal.aborted) return;
    const from = next;
    const [to, taken] = cut(from, chars, blocks.length);
    next = to;
    const started = performance.now();
    await deps.place(deps.detectHere(...sliceOf(deps.source, from, to, deps.context())), breathe);
    const elapsed = performance.now() - started;
    const fit = Math.round((taken * CHUNK_MS) / Math.max(elapsed, 0.5));
    chars = Math.max(MIN_SLICE_CHARS, Math.min(MAX_SLICE_CHARS, 2 * taken, fit));
  }
}

/**
 * Sends blocks [from, to) with one neighbour each side (context only), cut from the extraction's pieces
 * when it is still going on, and returns the answer in the source's offsets.
 */
function sendSlice(session: RemoteSession, deps: FirstPassDeps, from: number, to: number, last: boolean): Promise<Mention[]> {
  const { blocks } = deps.source;
  const { lo, hi, wanted } = neighbourhood(blocks.length, from, to);
  const textOf = deps.extraction ? deps.extraction.textBetween : (start: number, end: number) => deps.source.text.slice(start, end);
  const answer = session.detectSpans(blocks.slice(lo, hi), wanted, last, textOf);
  answer.catch(() => undefined); // a later slice's failure is seen when its turn comes
  return answer;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

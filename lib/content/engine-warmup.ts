import type { Fact, Faq } from '../dataset/schema';
import type { DocumentText } from '../types';

/**
 * Getting the background's engine ready while a page loads, before its content script asks.
 *
 * The engine is compiled on first use (tens of milliseconds), and V8 runs its code slowly until it has
 * read a good deal of text: in a fresh browser, 1k-paragraph pages read one after another took 1262, 740,
 * 467 and 360 ms (`npm run bench:series`). A tab that starts loading a page wakes the background anyway
 * (the badge listens for it), and the page then needs most of a second before its content script runs.
 * So on that signal the background compiles the engine, then reads sample text of its own (the
 * dataset's facts and answers, both languages) a task at a time, within a budget per page load, until
 * the engine has read enough text in this background's life to run fast. Real work stops it: a slice
 * from a page is worth more than a sample, and warms the engine as well.
 */
export interface WarmUpDeps {
  /** Compiles the engine (a no-op once compiled). */
  prepare(): void;
  /** Reads one document; the answer is thrown away. */
  detect(doc: DocumentText): void;
  /** The sample documents, each small enough to read in one short task. */
  samples(): readonly DocumentText[];
  /** Runs `task` in a task of its own, after what is queued (messages from pages come first). */
  schedule(task: () => void): void;
}

export interface WarmUpLimits {
  /** Once the engine has read this much text (samples and pages), it is warm: no more samples. */
  warmChars: number;
  /** At most this much sample text per page load: the rest of the warming comes from real pages. */
  perLoadChars: number;
}

/**
 * Measured in Node on the 5k-paragraph bench page (`test/bench`): its first pass read in 767–881 ms
 * cold, 662–774 after 25k characters of samples, 547–560 after 76k; warm, 220–370 ms after 3–4 M.
 */
export const DEFAULT_WARM_UP: WarmUpLimits = { warmChars: 1_000_000, perLoadChars: 80_000 };

export class EngineWarmUp {
  readonly #deps: WarmUpDeps;
  readonly #limits: WarmUpLimits;
  #read = 0;
  #next = 0;
  /** Bumped by real work: a warm-up under way sees it and stops. */
  #generation = 0;
  #running = false;

  constructor(deps: WarmUpDeps, limits: WarmUpLimits = DEFAULT_WARM_UP) {
    this.#deps = deps;
    this.#limits = limits;
  }

  /** Characters the engine has read in this background's life, samples and pages. */
  get charsRead(): number {
    return this.#read;
  }

  get running(): boolean {
    return this.#running;
  }

  /** A tab started loading a page: compile the engine, then read samples until warm or stopped. */
  pageLoading(): void {
    if (this.#running) return;
    this.#running = true;
    const generation = this.#generation;
    // A warm-up that was stopped leaves `running` to the one started after it.
    const current = () => generation === this.#generation;
    const finish = () => void (this.#running = false);
    let readThisLoad = 0;
    const step = () => {
      if (!current()) return;
      if (this.#read >= this.#limits.warmChars || readThisLoad >= this.#limits.perLoadChars) return finish();
      const samples = this.#deps.samples();
      if (samples.length === 0) return finish();
      const sample = samples[this.#next++ % samples.length]!;
      this.#deps.detect(sample);
      this.#read += sample.text.length;
      readThisLoad += sample.text.length;
      this.#deps.schedule(step);
    };
    this.#deps.schedule(() => {
      if (!current()) return;
      this.#deps.prepare();
      this.#deps.schedule(step);
    });
  }

  /** The engine read `chars` of a page: that counts toward warmth, and a warm-up under way stops. */
  realWork(chars: number): void {
    this.#read += chars;
    this.stop();
  }

  /** A page is about to send its text (it asked whether the engine is ready): samples would only delay it. */
  stop(): void {
    this.#generation++;
    this.#running = false;
  }
}

/** About this many characters per sample: one short task, even for a cold engine. */
const SAMPLE_CHARS = 4_000;

/**
 * The dataset's facts and answers (English and Chinese) as sample documents of about SAMPLE_CHARS,
 * one paragraph per block: text written for this story, so the engine's rules all get exercised.
 */
export function warmUpSamples(facts: readonly Fact[], faq: readonly Faq[]): DocumentText[] {
  const paragraphs = [
    ...facts.flatMap((fact) => [fact.text.en, fact.text.zh]),
    ...faq.flatMap((entry) => [entry.question.en, entry.answer.en, entry.question.zh, entry.answer.zh]),
  ];
  const samples: DocumentText[] = [];
  let text = '';
  let blocks: DocumentText['blocks'] = [];
  for (const paragraph of paragraphs) {
    if (text.length > 0) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
    if (text.length >= SAMPLE_CHARS) {
      samples.push({ text, blocks });
      text = '';
      blocks = [];
    }
  }
  if (blocks.length > 0) samples.push({ text, blocks });
  return samples;
}

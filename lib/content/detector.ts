import { bundledLexicon, createDetector, type DetectOptions, type DocumentContext } from '../engine';
import type { DocumentText, Mention } from '../types';

/**
 * What the scan needs from the engine: detection over the whole text or over some of its blocks, read
 * with a document context (which entities and topics the page mentions elsewhere), so a chunked first
 * pass and later rescans of changed blocks judge ambiguous words as a whole-page scan would.
 */
export type { DocumentContext };

export interface Detector {
  detect(doc: DocumentText, options?: DetectOptions): Mention[];
  /**
   * Work to do before the first detection, as steps that each fit a task of their own (the caller
   * yields between them). Running a step again does nothing.
   */
  prepare?(): ReadonlyArray<() => void>;
}

type Lexicon = ReturnType<typeof bundledLexicon>;

/**
 * The bundled lexicon, read and then compiled in steps of their own: compiling is the one costly
 * step (12–25 ms on the benchmark machine), and it should not share a task with the first slice.
 */
export function engineDetector(): Detector {
  let lexicon: Lexicon | undefined;
  let compiled: ReturnType<typeof createDetector> | undefined;
  const load = () => (lexicon ??= bundledLexicon());
  const compile = () => (compiled ??= createDetector(load()));
  return {
    detect: (doc, options) => compile().detect(doc, options),
    prepare: () => [load, compile],
  };
}

/** Runs the detector's preparation, yielding between its steps. */
export async function prepareDetector(detector: Detector, yieldNow: () => Promise<void>, signal?: AbortSignal): Promise<void> {
  for (const step of detector.prepare?.() ?? []) {
    if (signal?.aborted) return;
    step();
    await yieldNow();
  }
}

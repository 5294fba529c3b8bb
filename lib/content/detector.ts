import { defaultDetector, detect, type DetectOptions, type DocumentContext } from '../engine';
import type { DocumentText, Mention } from '../types';

/**
 * What the scan needs from the engine: detection over the whole text or over some of its blocks, read
 * with a document context (which entities and topics the page mentions elsewhere), so a chunked first
 * pass and later rescans of changed blocks judge ambiguous words as a whole-page scan would.
 */
export type { DocumentContext };

export interface Detector {
  detect(doc: DocumentText, options?: DetectOptions): Mention[];
  /** Compiles the lexicon ahead of the first slice, in a task of its own. */
  warm?(): void;
}

export function engineDetector(): Detector {
  return { detect, warm: () => void defaultDetector() };
}

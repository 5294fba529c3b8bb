import { detect } from '../engine';
import type { DocumentText, Mention } from '../types';

/**
 * What the scan needs from the engine: the first full pass over the page, and later passes over changed
 * subtrees. Kept behind an interface so the scan can be tested with a scripted detector.
 */
export interface Detector {
  full(doc: DocumentText): Mention[];
  part(doc: DocumentText): Mention[];
}

export function engineDetector(): Detector {
  return { full: (doc) => detect(doc), part: (doc) => detect(doc) };
}

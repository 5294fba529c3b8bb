// Placeholder signature so other modules can compile; the engine issue replaces this file.
import type { DocumentText, Mention } from '../types';

export function detect(_doc: DocumentText): Mention[] {
  return [];
}

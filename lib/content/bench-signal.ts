import type { PassResult } from './scan-session';

/**
 * The benchmark build's completion signal (never in the shipped build: the entrypoint only wires it when
 * import.meta.env.MODE is 'bench', which Vite folds away otherwise). The detail is a JSON string because
 * an object created in the content script's world is not readable from the page's world.
 */
export const SCANNED_EVENT = 'leak-lens:scanned';

export function announceScanned(doc: Document, result: PassResult): void {
  const detail = JSON.stringify({ count: result.count, ms: Math.round(result.ms * 10) / 10 });
  doc.dispatchEvent(new CustomEvent(SCANNED_EVENT, { detail }));
}

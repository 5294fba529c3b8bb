/**
 * The detection engine: text in, mentions out. Pure (no DOM, no `browser`), so the content script,
 * the popup and the `scan` command share it and it runs in Node tests.
 *
 *   fold (case, full width, Traditional → Simplified, spaces, soft hyphens; offsets kept)
 *     → one Aho–Corasick pass finds every term and context phrase
 *     → context rules decide each ambiguous occurrence on its own nearest evidence: a contrary cue
 *       touching or containing it rejects it ("memory leak", "《月之暗面》", "Claude Monet"); one
 *       elsewhere in the block is weighed against the nearest support (same sentence first); then
 *       required support, nearby, in the sentence, or anywhere in the document — the document only
 *       through strong anchors (mentions settled by their own words, never by the document) and
 *       only when enough of the page is about the story (StoryShare; on other pages list entries
 *       read on their own, so a disambiguation page lends nothing); a few passes so
 *       accepted mentions support others, and undecided names of one entity, or a name and a story
 *       word in one headline, may settle each other ("月之暗面回应蒸馏指控？Kimi团队…")
 *     → overlaps resolved to the longest span → mentions in original offsets, by start.
 *
 * Usage:
 *   detect(doc)                             every mention in the document
 *   const context = documentContext(doc)    once per page: which entities/topics it mentions
 *   detect(doc, { blocks: [i, j], context }) only blocks i and j (e.g. new ones from a
 *                                           MutationObserver), read with their neighbours and the
 *                                           document context, so results match a full scan
 *   createDetector({ entities, topics })    compile another lexicon once, reuse it for every page
 *
 * Mentions never cross a block of doc.blocks; text outside every block is never read.
 */
import type { DocumentText, Mention } from '../types';
import { defaultDetector } from './bundled';
import type { DetectOptions, DocumentContext } from './detector';

export { createDetector, summarize } from './detector';
export type { DetectOptions, Detector, DocumentContext } from './detector';
export type { LexiconSource } from './compile';
export { bundledLexicon, defaultDetector } from './bundled';

export function detect(doc: DocumentText, options?: DetectOptions): Mention[] {
  return defaultDetector().detect(doc, options);
}

export function documentContext(doc: DocumentText): DocumentContext {
  return defaultDetector().documentContext(doc);
}

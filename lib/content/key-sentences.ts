import { blockAt, sentenceSpans } from '../extract/sentence';
import { hasKeyFactCue } from '../popup/key-fact-cues';
import type { ContextSentence } from '../messaging/protocol';
import type { BlockSpan, DocumentText, Mention } from '../types';

/** Past this many characters of paragraphs, a huge page is read no further: the popup must open at once. */
export const CONTEXT_BUDGET = 200_000;
// A quote longer than this is cut: the cues sit near the words that matter, and the message stays small.
const MAX_SENTENCE = 400;

/**
 * The sentences of the paragraphs that hold mentions which hold none themselves but match a key fact's cue ("The
 * company called it a packaging error."): the popup's "Not on this page" reads them with the paragraph's subjects,
 * so a fact stated about a company named in the sentence before is not reported missing.
 */
export function keyFactSentences(
  sources: ReadonlyArray<{ doc: DocumentText; mentions: readonly Mention[] }>,
  budget = CONTEXT_BUDGET,
): ContextSentence[] {
  const out: ContextSentence[] = [];
  const seen = new Set<string>();
  let read = 0;
  for (const { doc, mentions } of sources) {
    // Mentions by paragraph, in page order.
    const byBlock = new Map<BlockSpan, Mention[]>();
    for (const mention of mentions) {
      const block = blockAt(doc.blocks, mention.start);
      if (!block) continue;
      const list = byBlock.get(block);
      if (list) list.push(mention);
      else byBlock.set(block, [mention]);
    }
    for (const [block, inBlock] of byBlock) {
      if (read >= budget) return out;
      read += block.end - block.start;
      const categories = [...new Set(inBlock.map((m) => m.category))];
      const entities = [...new Set(inBlock.flatMap((m) => (m.entity ? [m.entity] : [])))];
      for (const [start, end] of sentenceSpans(doc.text, block)) {
        if (inBlock.some((m) => m.start < end && m.end > start)) continue;
        const sentence = doc.text.slice(start, Math.min(end, start + MAX_SENTENCE)).replace(/\s+/g, ' ').trim();
        if (sentence === '' || seen.has(sentence) || !hasKeyFactCue(sentence)) continue;
        seen.add(sentence);
        out.push({ sentence, categories, entities });
      }
    }
  }
  return out;
}

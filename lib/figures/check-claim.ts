import type { Disagreement } from './check-count';
import type { CheckedSentence } from './context';
import { cachedRegExp } from './regex-cache';
import type { ClaimFigure } from './schema';

const EN_NEGATION = /\b(?:no|not|never|without|nothing|neither|nor|rather\s+than|instead\s+of)\b|n['’]t\b/i;
const ZH_NEGATION = /无需|不需要|没有|并未|并非|未经|未|不是|无须|不必|不用|无|非/;
const CLAUSE_BREAK = /[,.;:!?，。；：！？、]/;
const QUOTES = /["“”'‘’「」『』]/;

/** The part of the clause before `index`, at most 40 characters. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 40), index);
  const parts = before.split(CLAUSE_BREAK);
  return parts[parts.length - 1] ?? '';
}

/**
 * A wrong claim stated by the page. Not when it is denied ("nothing was decrypted", "无需解密") or
 * quoted as a word ("the report's word “decrypted”"): those pages are correcting the claim, not making it.
 */
export function checkClaim(sentence: CheckedSentence, figure: ClaimFigure): Disagreement[] {
  const text = sentence.sentence;
  const out: Disagreement[] = [];
  const patterns = [...figure.patterns.en, ...figure.patterns.zh];
  for (const source of patterns) {
    for (const m of text.matchAll(cachedRegExp(source, 'giu'))) {
      const before = clauseBefore(text, m.index);
      if (EN_NEGATION.test(before) || ZH_NEGATION.test(before.slice(-8))) continue;
      const quoted = QUOTES.test(text[m.index - 1] ?? '') && QUOTES.test(text[m.index + m[0].length] ?? '');
      if (quoted) continue;
      if (!out.some((d) => d.found === m[0])) out.push({ found: m[0] });
    }
  }
  return out;
}

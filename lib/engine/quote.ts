import { isWordUnit } from '../text/word-chars';
import type { HitIndex } from './hit-index';
import type { RuleEnv } from './rules-env';

/** The page's own words for a hit, quoted in reasons. */
export function quote(env: RuleEnv, index: HitIndex, j: number): string {
  const { lower, origStart, origEnd } = env.folded;
  let last = index.ends[j]!;
  // A prefix cue ("accus*") is quoted as the whole word the page wrote ("accused").
  while (last < lower.length && last - index.ends[j]! < 24 && isWordUnit(lower.charCodeAt(last)) && isWordUnit(lower.charCodeAt(last - 1))) last++;
  const start = origStart[index.starts[j]!]!;
  const end = origEnd[last - 1]!;
  const words = env.text.slice(start, end);
  return `"${plainSpaced(words) ? words : words.replace(/\s+/gu, ' ')}"`;
}

/** JavaScript's \s beyond ASCII (ECMAScript WhiteSpace and LineTerminator). */
const isOtherSpace = (code: number) =>
  code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** No whitespace but single ASCII spaces: the quote needs no regex (most do not). */
function plainSpaced(words: string): boolean {
  for (let i = 0; i < words.length; i++) {
    const code = words.charCodeAt(i);
    if (code === 0x20) {
      if (words.charCodeAt(i + 1) === 0x20) return false;
    } else if (code < 0x20 || (code >= 0x80 && isOtherSpace(code))) return false;
  }
  return true;
}

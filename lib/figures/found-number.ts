/** A number found in page text, in whatever script it was written. */
export interface FoundNumber {
  /** The value, or the lowest value the wording allows (三十多万 → 300,000). */
  value: number;
  /** The highest value the wording allows, when it gives one: 三十多万 → 400,000, 十几万 → 190,000. */
  upper?: number;
  /** "50%", "百分之五十": a share, never a count. */
  percent?: boolean;
  start: number;
  /** End of the number with its scale word ("16 million"), exclusive. */
  end: number;
  text: string;
  /** "more than 16 million", "1600多万": the page states a lower bound; "fewer than", "不到": an upper one. */
  bound: 'at-least' | 'at-most' | null;
}

const AT_LEAST = /(?:\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|north\s+of)|超过|超|逾|多于|至少|不少于|高达)\s*$/i;
const AT_MOST = /(?:\b(?:fewer\s+than|less\s+than|under|up\s+to|at\s+most|no\s+more\s+than)|不到|少于|不足|至多|最多)\s*$/i;
// Chinese may put the bound after the number: 2万以上 / 2万个以上 ("2万个以上账户").
const AT_LEAST_AFTER = /^(?:[个条名次])?以上/;
const AT_MOST_AFTER = /^(?:[个条名次])?(?:以下|以内)/;

/** The bound the words around a number give it ("more than", "不到", "以上"). */
export function boundAround(text: string, start: number, end: number): FoundNumber['bound'] {
  const before = text.slice(Math.max(0, start - 24), start);
  if (AT_MOST.test(before)) return 'at-most';
  if (AT_LEAST.test(before)) return 'at-least';
  const after = text.slice(end, end + 4);
  if (AT_LEAST_AFTER.test(after)) return 'at-least';
  if (AT_MOST_AFTER.test(after)) return 'at-most';
  return null;
}

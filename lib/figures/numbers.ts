/**
 * Numbers as news text writes them, in English and Chinese: "512,000", "16 million", "16M", "3.4m",
 * "512k", "half a million", "1600万", "2.4万", "51.2万", "1.6亿", "1,600万". Versions ("2.1.88") and
 * parts of longer numbers are not numbers here.
 */
export interface FoundNumber {
  value: number;
  start: number;
  /** End of the number with its scale word ("16 million"), exclusive. */
  end: number;
  text: string;
  /** "more than 16 million", "1600多万": the page states a lower bound; "fewer than", "不到": an upper one. */
  bound: 'at-least' | 'at-most' | null;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  万亿: 1e12,
};

// Digits (with thousands commas), then an optional scale. Not preceded by a digit, a dot or a Latin letter,
// and not followed by ".digit" (a version) or a Latin letter ("3D", "2nd", "H200"). Chinese characters may
// touch a number on both sides ("超过1600万次").
const NUMBER =
  /(?<![\d.,\p{Script=Latin}])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![.,]\d)(多|余)?(?:\s?(万亿|十万|百万|千万|万|亿)|\s*(thousand|million|billion)\b|(k|m|mn|bn|b)(?![\p{Script=Latin}\d]))?(?![\p{Script=Latin}\d])/giu;

const HALF = /\bhalf\s+a\s+(million|billion)\b/gi;

export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, digits, more, cjkScale, wordScale, shortScale] = match;
    if (digits === undefined) continue;
    const scaleWord = (cjkScale ?? wordScale ?? shortScale ?? '').toLowerCase();
    const scale = scaleWord === '' ? 1 : (SCALES[scaleWord] ?? 1);
    const value = Number(digits.replace(/,/g, '')) * scale;
    if (!Number.isFinite(value)) continue;
    const end = match.index + whole.length;
    const bound = more !== undefined || text[end] === '+' ? 'at-least' : boundBefore(text, match.index);
    found.push({ value, start: match.index, end, text: whole, bound });
  }
  for (const match of text.matchAll(HALF)) {
    const scale = SCALES[(match[1] ?? '').toLowerCase()] ?? 1;
    const bound = boundBefore(text, match.index);
    found.push({ value: scale / 2, start: match.index, end: match.index + match[0].length, text: match[0], bound });
  }
  return found.sort((a, b) => a.start - b.start);
}

const AT_LEAST = /(?:\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|north\s+of)|超过|超|逾|多于|至少|不少于|高达)\s*$/i;
const AT_MOST = /(?:\b(?:fewer\s+than|less\s+than|under|up\s+to|at\s+most|no\s+more\s+than)|不到|少于|不足|至多|最多)\s*$/i;

function boundBefore(text: string, start: number): FoundNumber['bound'] {
  const before = text.slice(Math.max(0, start - 24), start);
  if (AT_MOST.test(before)) return 'at-most';
  if (AT_LEAST.test(before)) return 'at-least';
  return null;
}

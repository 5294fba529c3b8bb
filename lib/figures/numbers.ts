import { boundAround, type FoundNumber } from './found-number';
import { lastPlace } from './zh-numerals';
import { findZhNumbers } from './zh-numbers';

/**
 * Numbers as news text writes them, in English and Chinese: "512,000", "16 million", "16M", "3.4m",
 * "512k", "half a million", "1600万", "2.4万", "51.2万", "1.6亿", "1,600万", and in characters
 * (zh-numbers.ts) "两万四千", "一千六百多万". Versions ("2.1.88") and parts of longer numbers are not numbers here.
 */
export type { FoundNumber } from './found-number';

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

/** Full-width digits (１６００万) as ASCII; one code unit each, so offsets stay those of the page text. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function findArabic(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, digits, more, cjkScale, wordScale, shortScale] = match;
    if (digits === undefined) continue;
    const scaleWord = (cjkScale ?? wordScale ?? shortScale ?? '').toLowerCase();
    const scale = scaleWord === '' ? 1 : (SCALES[scaleWord] ?? 1);
    const plain = digits.replace(/,/g, '');
    const value = Number(plain) * scale;
    if (!Number.isFinite(value)) continue;
    const end = match.index + whole.length;
    const bound = more !== undefined || text[end] === '+' ? 'at-least' : boundAround(text, match.index, end);
    found.push({
      value,
      // 1600多万 is 16 to 17 million, as 一千六百多万 is.
      ...(more !== undefined ? { upper: (Number(plain) + lastPlace(plain)) * scale } : {}),
      ...(text[end] === '%' || text[end] === '％' ? { percent: true } : {}),
      start: match.index,
      end,
      text: whole,
      bound,
    });
  }
  for (const match of text.matchAll(HALF)) {
    const scale = SCALES[(match[1] ?? '').toLowerCase()] ?? 1;
    const end = match.index + match[0].length;
    found.push({ value: scale / 2, start: match.index, end, text: match[0], bound: boundAround(text, match.index, end) });
  }
  return found;
}

export function findNumbers(text: string): FoundNumber[] {
  const ascii = asciiDigits(text);
  const zh = findZhNumbers(ascii);
  // A numeral in characters covers the digits inside it (1万6千 is one number, not 1万 and 6).
  const arabic = findArabic(ascii).filter((n) => !zh.some((z) => z.start < n.end && n.start < z.end));
  return [...arabic, ...zh]
    .map((n) => ({ ...n, text: text.slice(n.start, n.end) }))
    .sort((a, b) => a.start - b.start);
}

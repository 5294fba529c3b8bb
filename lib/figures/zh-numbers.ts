import { boundAround, type FoundNumber } from './found-number';
import { parseZhNumeral } from './zh-numerals';

/**
 * Numbers written in Chinese characters in page text: 两万四千个, 一千六百多万次, 五十余万行, 1万6千, 百分之五十.
 * A run of numeral characters is a number only when it reads as one in context: 千万不要 ("by all means"),
 * 万一 ("in case"), 几十万 / 数十万 ("hundreds of thousands", vague like English "millions of"), 第一千 (an
 * ordinal), 一一, 十分 ("very"), 一些 are not. Whether it counts what a figure is about is the check's part.
 */

// Arabic digits may mix in (1万6千, 16百万); 点 belongs to a run only with digits after it (一点六万).
const RUN = /(?:\d+(?:\.\d+)?|[〇零一二两兩三四五六七八九十百千万萬亿億几多余]|点(?=[〇零一二三四五六七八九]))+/gu;
// Runs with none of these (1600万, 2.4万, 1600多万) are read by numbers.ts as before.
const CHARACTER_NUMERAL = /[〇零一二两兩三四五六七八九十百千点]/;
// A numeral starts with a digit or 十; one that starts with 千, 万, 百 or 几 is a word (千万, 万一, 百万富翁).
const START = /^[\d〇零一二两兩三四五六七八九十]/;
// 第 makes an ordinal; 数 and 几 make a vague amount (数十万, 几十万).
const NOT_AFTER = /[第数几]$/;
// Arabic digits right after a digit, dot or Latin letter are part of a code or version, as in numbers.ts.
const NOT_AFTER_ARABIC = /(?:[\d.,]|\p{Script=Latin})$/u;
// Idioms that read as numbers with a plausible value: 十万火急 "most urgent", 十万八千里 "miles apart".
const IDIOMS = ['十万火急', '十万八千里'];
const PERCENT = '百分之';

export function findZhNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(RUN)) {
    // 多/余 opening a run close the word before it: 其余一万, 差不多两万.
    const lead = /^[多余]*/.exec(match[0])?.[0].length ?? 0;
    const run = match[0].slice(lead);
    const runStart = match.index + lead;
    const percent = text.endsWith(PERCENT, runStart);
    const start = percent ? runStart - PERCENT.length : runStart;
    if (!START.test(run) || !CHARACTER_NUMERAL.test(run)) continue;
    // A lone character is a word or a digit too small to be a figure: 一些, 十分, 统一, 两个.
    if (run.length < 2 && !percent) continue;
    const before = text.slice(Math.max(0, start - 1), start);
    if (NOT_AFTER.test(before) || (/^\d/.test(run) && NOT_AFTER_ARABIC.test(before))) continue;
    if (IDIOMS.some((idiom) => text.startsWith(idiom, runStart))) continue;
    const parsed = parseZhNumeral(run);
    if (!parsed) continue;
    const end = runStart + run.length;
    found.push({
      value: parsed.low,
      ...(parsed.high !== parsed.low ? { upper: parsed.high } : {}),
      ...(percent ? { percent } : {}),
      start,
      end,
      text: text.slice(start, end),
      bound: parsed.more ? 'at-least' : boundAround(text, start, end),
    });
  }
  return found;
}

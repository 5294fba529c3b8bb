/**
 * Reads one Chinese numeral: 两万四千, 一千六百万, 五十一万二千, 一万六 (= 16,000), 一点六万, 1万6千, 16百万,
 * and the approximate forms 一千六百多万 / 五十余万 (the last stated digit plus up to one), 十几万 (几 is 1–9)
 * and 三四万 / 一两万 (two neighbouring digits). Only the numeral itself: whether a word is a number at all
 * (一些, 万一, 千万不要) is decided by the caller from the surrounding text.
 */
export interface ZhValue {
  /** The smallest value the wording allows. */
  low: number;
  /** The largest: equal to `low` for an exact numeral, 40万 for 三十多万. */
  high: number;
  /** The numeral ends in 多 or 余 ("more than"). */
  more: boolean;
}

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

type Token =
  | { kind: 'digit'; low: number; high: number; step: number }
  | { kind: 'zero' }
  | { kind: 'small' | 'big'; value: number }
  | { kind: 'more' };

/** The place of the last non-zero digit: 1600 → 100, 2.4 → 0.1; what 多 after it adds at most. */
export function lastPlace(digits: string): number {
  const [whole = '', fraction = ''] = digits.split('.');
  const f = fraction.replace(/0+$/, '');
  if (f !== '') return 10 ** -f.length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  return zeros === whole.length ? 1 : 10 ** zeros;
}

const TOKEN = /\d+(?:\.\d+)?|点[〇零一二三四五六七八九]+|[^\d]/gu;

function tokenize(numeral: string): Token[] | null {
  const tokens: Token[] = [];
  for (const [part] of numeral.matchAll(TOKEN)) {
    const previous = tokens[tokens.length - 1];
    const digit = DIGITS[part];
    if (/^\d/.test(part)) {
      if (previous?.kind === 'digit') return null;
      tokens.push({ kind: 'digit', low: Number(part), high: Number(part), step: lastPlace(part) });
    } else if (part.length > 1 && part.startsWith('点')) {
      // 一点六万: the digits after 点 are read one by one, as decimals.
      if (previous?.kind !== 'digit' || previous.low !== previous.high || previous.step < 1) return null;
      const fraction = [...part.slice(1)].map((c) => DIGITS[c] ?? 0).join('');
      const value = Number(`${previous.low}.${fraction}`);
      tokens[tokens.length - 1] = { kind: 'digit', low: value, high: value, step: lastPlace(String(value)) };
    } else if (part === '几') {
      if (previous?.kind === 'digit') return null;
      tokens.push({ kind: 'digit', low: 1, high: 9, step: 1 });
    } else if (digit === 0 && previous?.kind !== 'digit') {
      tokens.push({ kind: 'zero' });
    } else if (digit !== undefined) {
      if (previous?.kind === 'digit') {
        // 三四万, 一两万: two neighbouring digits are a range; any other pair (一一, 二〇二六) is not a count.
        if (previous.step !== 1 || previous.low !== previous.high || digit !== previous.low + 1) return null;
        previous.high = digit;
        continue;
      }
      tokens.push({ kind: 'digit', low: digit, high: digit, step: 1 });
    } else if (SMALL[part] !== undefined) {
      // 十 alone stands for 一十 (十万, 十几).
      if (part === '十' && previous?.kind !== 'digit') tokens.push({ kind: 'digit', low: 1, high: 1, step: 1 });
      tokens.push({ kind: 'small', value: SMALL[part] });
    } else if (BIG[part] !== undefined) {
      tokens.push({ kind: 'big', value: BIG[part] });
    } else if (part === '多' || part === '余') {
      tokens.push({ kind: 'more' });
    } else {
      return null;
    }
  }
  return tokens;
}

/** The value with each digit at its low or high end; null when the units are out of order. */
function evaluate(tokens: readonly Token[], end: 'low' | 'high'): number | null {
  let total = 0; // parts of 亿 and above
  let wan = 0; // the 万 part below the current 亿
  let section = 0; // below 万
  let pending: number | null = null;
  let lastUnit = 0; // the unit just before a trailing digit: 一万六 is 16,000
  let smallest = Infinity;
  let previous: Token['kind'] | null = null;
  let unitBeforePending = 0;
  for (const token of tokens) {
    switch (token.kind) {
      case 'digit':
        pending = token[end];
        unitBeforePending = previous === 'small' || previous === 'big' ? lastUnit : 0;
        break;
      case 'zero':
        lastUnit = 0;
        break;
      case 'small':
        if (pending === null || token.value >= smallest) return null;
        section += pending * token.value;
        smallest = token.value;
        lastUnit = token.value;
        pending = null;
        break;
      case 'big': {
        const below = token.value === 1e4 ? section + (pending ?? 0) : wan + section + (pending ?? 0);
        if (below === 0 || (token.value === 1e4 && wan !== 0)) return null;
        if (token.value === 1e4) wan = below * 1e4;
        else [total, wan] = [(total + below) * token.value, 0];
        section = 0;
        pending = null;
        smallest = Infinity;
        lastUnit = token.value;
        break;
      }
      case 'more':
        break;
    }
    previous = token.kind;
  }
  const trailing = pending === null ? 0 : pending * (unitBeforePending > 0 ? unitBeforePending / 10 : 1);
  return total + wan + section + trailing;
}

export function parseZhNumeral(numeral: string): ZhValue | null {
  const tokens = tokenize(numeral);
  if (!tokens || tokens.length === 0) return null;
  const moreAt = tokens.findIndex((t) => t.kind === 'more');
  const more = moreAt >= 0;
  if (more) {
    // 多 comes after the stated digits and only big units may follow it (三十多万, not 三十多五).
    if (tokens.slice(moreAt + 1).some((t) => t.kind !== 'big')) return null;
    const last = tokens.slice(0, moreAt).findLast((t) => t.kind === 'digit');
    if (!last) return null;
    last.high = last.low + last.step;
  }
  const low = evaluate(tokens, 'low');
  const high = evaluate(tokens, 'high');
  if (low === null || high === null || low <= 0) return null;
  return { low, high, more };
}

/** A year written digit by digit: 二〇二六 → 2026. */
export function parseZhDigits(text: string): number | null {
  let value = 0;
  for (const c of text) {
    const digit = /\d/.test(c) ? Number(c) : DIGITS[c];
    if (digit === undefined || c === '两' || c === '兩') return null;
    value = value * 10 + digit;
  }
  return text === '' ? null : value;
}

import { parseZhDigits, parseZhNumeral } from './zh-numerals';

/**
 * Dates as news text writes them: "2026-03-31", "March 31, 2026", "Mar. 31", "31 March 2026",
 * "February 2026", "in February", "2026年3月31日", "3月31日", "2026年2月", "2月份", and in characters
 * "二〇二六年三月三十一日", "二月二十三日", "今年二月". Bare month names count only with a year or a
 * preposition before them, so "May" the verb and "March" the walk are not dates.
 */
export interface FoundDate {
  year: number | null;
  month: number;
  /** null when only the month is given. */
  day: number | null;
  start: number;
  end: number;
  text: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function monthIndex(name: string): number {
  const prefix = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

interface Pattern {
  regex: RegExp;
  read: (m: RegExpExecArray) => Omit<FoundDate, 'start' | 'end' | 'text'> | null;
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

// Year, month and day in digits or characters; a month or day in characters is a small numeral (三十一).
const ZH_YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const ZH_MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const ZH_DAY = '(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
// Not inside a longer numeral: the 三月 of 十三月 is no month.
const NOT_IN_NUMERAL = '(?<![\\d〇零一二两三四五六七八九十])';

/** A year, month or day written in digits or in characters; NaN when neither. */
function zhNum(s: string | undefined): number {
  if (s === undefined) return Number.NaN;
  if (/^\d+$/.test(s)) return Number(s);
  return (s.length === 4 ? parseZhDigits(s) : parseZhNumeral(s)?.low) ?? Number.NaN;
}

const PATTERNS: Pattern[] = [
  {
    regex: /(?<!\d)(20\d{2})-(\d{2})-(\d{2})(?!\d)/g,
    read: (m) => ({ year: num(m[1]), month: Number(m[2]), day: num(m[3]) }),
  },
  {
    // March 31, 2026 · Mar. 31 · March 31st
    regex: new RegExp(`\\b${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(20\\d{2})\\b)?`, 'gi'),
    read: (m) => ({ year: num(m[3]), month: monthIndex(m[1] ?? ''), day: num(m[2]) }),
  },
  {
    // 31 March 2026 · 31 March
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ALT}(?:,?\\s+(20\\d{2}))?\\b`, 'gi'),
    read: (m) => ({ year: num(m[3]), month: monthIndex(m[2] ?? ''), day: num(m[1]) }),
  },
  {
    // February 2026 · in February · early March (a month with a year or a preposition, no day)
    regex: new RegExp(
      `(?<=\\b(?:in|since|during|until|by|early|late|mid-?|last|this|of)\\s+)${MONTH_ALT}(?:\\s+(20\\d{2}))?\\b(?!\\s+\\d)|\\b${MONTH_ALT}\\s+(20\\d{2})\\b`,
      'gi',
    ),
    read: (m) =>
      m[1] !== undefined
        ? { year: num(m[2]), month: monthIndex(m[1]), day: null }
        : { year: num(m[4]), month: monthIndex(m[3] ?? ''), day: null },
  },
  {
    // 2026年3月31日 · 3月31日 · 3月31号
    regex: /(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
    read: (m) => ({ year: num(m[1]), month: Number(m[2]), day: num(m[3]) }),
  },
  {
    // 二〇二六年三月三十一日 · 三月三十一日 · 2026年三月三十一日 (the day in characters)
    regex: new RegExp(`${NOT_IN_NUMERAL}(?:${ZH_YEAR}\\s*年\\s*)?${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号]`, 'g'),
    read: (m) => {
      const year = m[1] === undefined ? null : zhNum(m[1]);
      return { year, month: zhNum(m[2]), day: zhNum(m[3]) };
    },
  },
  {
    // 2026年2月 · 2月份 · 今年2月 (a month without a day)
    regex: /(?:(20\d{2})\s*年\s*|今年|去年)(\d{1,2})\s*月(?!\s*\d)|(?<![\d年])(\d{1,2})\s*月份/g,
    read: (m) => ({ year: num(m[1]), month: Number(m[2] ?? m[3]), day: null }),
  },
  {
    // 二〇二六年二月 · 今年二月 · 二月份 (a month in characters without a day)
    regex: new RegExp(
      `(?:${ZH_YEAR}\\s*年\\s*|今年|去年)${ZH_MONTH}\\s*月(?!\\s*[\\d〇零一二三四五六七八九十])|${NOT_IN_NUMERAL}${ZH_MONTH}\\s*月份`,
      'g',
    ),
    read: (m) => ({ year: m[1] === undefined ? null : zhNum(m[1]), month: zhNum(m[2] ?? m[3]), day: null }),
  },
];

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { regex, read } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const date = read(m as RegExpExecArray);
      const start = m.index;
      const end = start + m[0].length;
      // The first pattern that claims a stretch of text wins ("March 31, 2026" is not also "March 2026").
      if (!date || found.some((d) => d.start < end && start < d.end)) continue;
      if (!(date.month >= 1 && date.month <= 12) || (date.day !== null && !(date.day >= 1 && date.day <= 31))) continue;
      if (date.year !== null && Number.isNaN(date.year)) continue;
      found.push({ ...date, start, end, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

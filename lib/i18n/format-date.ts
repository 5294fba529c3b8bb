import type { Lang } from './language';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats a dataset date (YYYY-MM-DD or YYYY-MM) for reading, without Intl so that output is the same
 * in every browser and in tests: "31 Mar 2026" / "2026年3月31日", "Mar 2026" / "2026年3月".
 */
export function formatEventDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, monthText, dayText] = match;
  const month = Number(monthText);
  const day = dayText === undefined ? null : Number(dayText);
  if (lang === 'zh') return day === null ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  const name = MONTHS_EN[month - 1] ?? monthText;
  return day === null ? `${name} ${year}` : `${day} ${name} ${year}`;
}

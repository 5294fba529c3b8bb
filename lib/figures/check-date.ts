import type { Disagreement } from './check-count';
import type { CheckedSentence } from './context';
import { cachedRegExp } from './regex-cache';
import { findDates, type FoundDate } from './dates';
import type { DateFigure } from './schema';

const DAY = 86_400_000;
/** A date is a claim about the event only when a cue word is this close to it. */
const CUE_DISTANCE = 48;

export interface KnownDates {
  days: ReadonlySet<string>;
  months: ReadonlySet<string>;
}

/** Every date any figure gives: a correct date of a related event in the same sentence is not an error. */
export function knownDates(figures: readonly DateFigure[]): KnownDates {
  const days = new Set<string>();
  const months = new Set<string>();
  for (const figure of figures) {
    for (const date of [figure.date, ...figure.alsoSourced]) {
      if (date.length === 10) days.add(date);
      else months.add(date);
    }
    months.add(figure.date.slice(0, 7));
  }
  return { days, months };
}

const pad = (n: number) => String(n).padStart(2, '0');

function cueNear(sentence: string, date: FoundDate, figure: DateFigure): boolean {
  const from = Math.max(0, date.start - CUE_DISTANCE);
  const around = sentence.slice(from, date.end + CUE_DISTANCE).toLowerCase();
  return (
    figure.cues.en.some((cue) => cachedRegExp(`\\b${cue.toLowerCase()}`, '').test(around)) ||
    figure.cues.zh.some((cue) => around.includes(cue))
  );
}

export function checkDate(sentence: CheckedSentence, figure: DateFigure, known: KnownDates): Disagreement[] {
  const out: Disagreement[] = [];
  const event = Date.parse(`${figure.date}T00:00:00Z`);
  const eventYear = Number(figure.date.slice(0, 4));
  for (const date of findDates(sentence.sentence)) {
    if (!cueNear(sentence.sentence, date, figure)) continue;
    const year = date.year ?? eventYear;
    const month = `${year}-${pad(date.month)}`;
    if (date.day === null) {
      if (known.months.has(month)) continue;
      // A month is compared only when it is next to the event's month.
      const distance = year * 12 + date.month - (eventYear * 12 + Number(figure.date.slice(5, 7)));
      if (distance < -Math.ceil(figure.window.before / 30) || distance > Math.ceil(figure.window.after / 30)) continue;
    } else {
      const day = `${month}-${pad(date.day)}`;
      if (known.days.has(day)) continue;
      const offset = (Date.parse(`${day}T00:00:00Z`) - event) / DAY;
      if (Number.isNaN(offset) || offset < -figure.window.before || offset > figure.window.after) continue;
    }
    out.push({ found: date.text });
  }
  return out;
}

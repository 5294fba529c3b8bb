import type { EntityId } from '../types';
import type { CheckedSentence } from './context';
import { cachedRegExp } from './regex-cache';
import type { FoundNumber } from './found-number';
import { findNumbers } from './numbers';
import type { CountFigure } from './schema';

/** A figure on the page that disagrees with the sources: the text found and where. */
export interface Disagreement {
  /** The claim as the page writes it ("600,000 lines"). */
  found: string;
}

const TOTAL_CUES = /\b(?:three|3|total|combined|altogether|in\s+all|together|collectively)\b|三家|总计|合计|总共|一共|共计|共/i;
const EN_GAP = /^\+?\s*(?:[\p{L}'’-]+\s+){0,3}?$/u;
const ZH_FILLER = /^[多余+]?(?:个|条|名|次)?/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the unit that ties `n` to this figure ends, or -1 when the number counts something else. */
function unitEnd(sentence: string, n: FoundNumber, figure: CountFigure): number {
  const after = sentence.slice(n.end, n.end + 48);
  for (const unit of figure.units.en) {
    const m = cachedRegExp(`^(.*?)\\b${escape(unit)}\\b`, 'iu').exec(after);
    if (m && EN_GAP.test(m[1] ?? '')) return n.end + m[0].length;
  }
  const gap = /^\s*/.exec(after)?.[0].length ?? 0;
  for (const unit of figure.units.zh) {
    if (after.startsWith(unit, gap)) return n.end + gap + unit.length;
  }
  const filler = gap + (ZH_FILLER.exec(after.slice(gap))?.[0].length ?? 0);
  const rest = after.slice(filler).trimStart();
  const restAt = n.end + after.length - rest.length;
  for (const unit of figure.units.zh) {
    if (rest.startsWith(unit)) return restAt + unit.length;
    // Longer units may follow a few describing characters: "2.4万个虚假账户".
    if (unit.length > 1) {
      const m = cachedRegExp(`^[^\\d\\s，。,.；;：:！？、]{0,4}?${escape(unit)}`, 'u').exec(rest);
      if (m) return restAt + m[0].length;
    }
  }
  return -1;
}

/** The values that apply: one lab's own figure when the sentence names just that lab and no total. */
function candidates(sentence: CheckedSentence, figure: CountFigure): number[] {
  const labs = new Set(figure.values.flatMap((v) => (v.entity ? [v.entity] : [])));
  const named = [...sentence.entities].filter((e): e is EntityId => labs.has(e));
  const only = named.length === 1 && !TOTAL_CUES.test(sentence.sentence) ? named[0] : undefined;
  const values = only ? figure.values.filter((v) => v.entity === only) : figure.values;
  return values.map((v) => v.value);
}

/** The page's number agrees when the values its wording allows overlap the sourced value's tolerance. */
function agrees(n: FoundNumber, sourced: number, tolerance: number): boolean {
  const low = sourced * (1 - tolerance);
  const high = sourced * (1 + tolerance);
  const pageLow = n.bound === 'at-most' ? 0 : n.value;
  const pageHigh = n.upper ?? (n.bound === 'at-least' ? Infinity : n.value);
  return pageLow <= high && pageHigh >= low;
}

// check.ts compares each count figure with the same sentence in turn: read the sentence's numbers once.
let lastRead: { sentence: string; numbers: readonly FoundNumber[] } | null = null;

function numbersOf(sentence: string): readonly FoundNumber[] {
  if (lastRead?.sentence !== sentence) lastRead = { sentence, numbers: findNumbers(sentence) };
  return lastRead.numbers;
}

export function checkCount(sentence: CheckedSentence, figure: CountFigure): Disagreement[] {
  const out: Disagreement[] = [];
  const [min, max] = figure.plausible;
  for (const n of numbersOf(sentence.sentence)) {
    if (n.percent || (n.upper ?? n.value) < min || n.value > max) continue;
    const end = unitEnd(sentence.sentence, n, figure);
    if (end < 0) continue;
    const values = candidates(sentence, figure);
    if (values.some((value) => agrees(n, value, figure.tolerance))) continue;
    out.push({ found: sentence.sentence.slice(n.start, end).replace(/\s+/g, ' ') });
  }
  return out;
}

import type { Disagreement } from './check-count';
import type { CheckedSentence } from './context';
import type { VersionFigure } from './schema';

const VERSION = /(?<![\w.])v?(\d+)\.(\d+)\.(\d+)(?![\w.]*\d)/gi;

/** Versions of the same major.minor line as the leaked one are claims about it; others are not compared. */
export function checkVersion(sentence: CheckedSentence, figure: VersionFigure): Disagreement[] {
  const out: Disagreement[] = [];
  const [major, minor] = figure.version.split('.');
  const agreeing = new Set([figure.version, ...figure.alsoSourced]);
  for (const m of sentence.sentence.matchAll(VERSION)) {
    if (m[1] !== major || m[2] !== minor) continue;
    if (agreeing.has(`${m[1]}.${m[2]}.${m[3]}`)) continue;
    out.push({ found: m[0] });
  }
  return out;
}

import { CATEGORIES, type Mention } from '../types';
import type { GoldMention } from './gold';
import type { Counts, EvalSummary, PassageResult } from './score';
import { floorViolations } from './floor';

/** Text and JSON renderings of an evaluation, for `npm run eval`. Pure: strings in, strings out. */

const num = (x: number) => x.toFixed(3);
const who = (m: { category: string; entity: string | null }) => `${m.category}/${m.entity ?? '-'}`;
const oneLine = (s: string) => s.replace(/\r?\n/g, '⏎');

function row(label: string, c: Counts): string {
  const cells = [c.gold, c.predicted, c.tp, c.fp, c.fn].map((n) => String(n).padStart(6));
  return `${label.padEnd(14)}${cells.join('')}${[c.precision, c.recall, c.f1].map((x) => num(x).padStart(11)).join('')}`;
}

/** The passage text around a span, on one line, with the span in brackets. */
export function inContext(text: string, start: number, end: number, radius = 24): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const head = (from > 0 ? '…' : '') + text.slice(from, start);
  const tail = text.slice(end, to) + (to < text.length ? '…' : '');
  return oneLine(`${head}[${text.slice(start, end)}]${tail}`);
}

/**
 * The table. With `named: false` (`npm run eval -- --figures`) it prints counts only, never a passage id or a
 * matched word: a blind measure is run that way, so whoever runs it sees no error to tune against.
 */
export function formatTable(summary: EvalSummary, { named = true }: { named?: boolean } = {}): string {
  const p = summary.passages;
  const lines = [
    `Leak Lens evaluation: ${p.total} passages (${p.en} en, ${p.zh} zh; ${p.hardNegative} hard-negative, ` +
      `${p.noMention} with no mention), ${summary.overall.gold} gold mentions`,
    '',
    `${'category'.padEnd(14)}${['gold', 'pred', 'TP', 'FP', 'FN'].map((h) => h.padStart(6)).join('')}` +
      `${['precision', 'recall', 'F1'].map((h) => h.padStart(11)).join('')}`,
    ...CATEGORIES.map((c) => row(c, summary.byCategory[c])),
    row('overall', summary.overall),
    row('  en', summary.byLanguage.en),
    row('  zh', summary.byLanguage.zh),
    '',
    `Exact span agreement: ${summary.exactSpans} of ${summary.overall.tp} matches`,
    `False positives on hard-negative passages: ${summary.hardNegativeFalsePositives.length}`,
    ...(named
      ? summary.hardNegativeFalsePositives.map(
          ({ passageId, mention }) => `  ${passageId}  ${who(mention)}  "${oneLine(mention.text)}"  (${mention.reason})`,
        )
      : []),
  ];
  const violations = floorViolations(summary);
  if (violations.length === 0) lines.push('', 'Floor: met');
  else if (named) lines.push('', `Floor: NOT met\n${violations.map((v) => `  - ${v}`).join('\n')}`);
  else lines.push('', `Floor: NOT met (${violations.length} violation(s), not listed with --figures)`);
  return lines.join('\n');
}

/** Every miss and false positive, with its passage, context and (for predictions) the engine's reason. */
export function formatDetails(results: readonly PassageResult[]): string {
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const { passage, misses: missed, falsePositives: extra, predicted } of results) {
    for (const gold of missed) {
      const near = predicted.find((m) => m.start < gold.end && gold.start < m.end);
      const hint = near ? `  (engine said ${who(near)} "${oneLine(near.text)}": ${near.reason})` : '';
      misses.push(`  ${passage.id}  ${who(gold)}  ${inContext(passage.text, gold.start, gold.end)}${hint}`);
    }
    for (const mention of extra) {
      const flag = passage.hardNegative ? ' [hard negative]' : '';
      falsePositives.push(
        `  ${passage.id}${flag}  ${who(mention)}  ${inContext(passage.text, mention.start, mention.end)}  (${mention.reason})`,
      );
    }
  }
  return [`Misses (${misses.length}):`, ...misses, '', `False positives (${falsePositives.length}):`, ...falsePositives].join(
    '\n',
  );
}

const goldJson = (g: GoldMention) => ({ category: g.category, entity: g.entity, start: g.start, end: g.end, text: g.text });
const mentionJson = (m: Mention) => ({ ...goldJson(m), reason: m.reason });

/** One JSON document: the summary, the floor verdict, and every miss and false positive. */
export function toJson(summary: EvalSummary, results: readonly PassageResult[]): string {
  const violations = floorViolations(summary);
  return JSON.stringify({
    ...summary,
    hardNegativeFalsePositives: summary.hardNegativeFalsePositives.map((f) => ({ passageId: f.passageId, mention: mentionJson(f.mention) })),
    floor: { met: violations.length === 0, violations },
    misses: results.flatMap((r) => r.misses.map((g) => ({ passageId: r.passage.id, ...goldJson(g) }))),
    falsePositives: results.flatMap((r) =>
      r.falsePositives.map((m) => ({ passageId: r.passage.id, hardNegative: r.passage.hardNegative, ...mentionJson(m) })),
    ),
  });
}

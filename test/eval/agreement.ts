/**
 * How far two careful labellers agree, as a ceiling for the engine's figures: a second labeller labelled a sample of
 * held-out passages again, blind to the sets' labels (`test/eval/agreement/`, the passages' own ids). Their labels
 * are scored against the sets' as the engine is, and the engine against both. Usage: `npx tsx test/eval/agreement.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../../lib/engine';
import { plainTextDocument } from '../../lib/extract/plain-text';
import type { EvalPassage } from '../../lib/eval/gold';
import { resolvePassage } from '../../lib/eval/resolve';
import { passageFileSchema } from '../../lib/eval/schema';
import { scorePassage, summarize, type EvalSummary } from '../../lib/eval/score';
import type { Mention } from '../../lib/types';
import { loadNamedEvalSet } from './load';

const HERE = join(dirname(fileURLToPath(import.meta.url)), 'agreement');

/** A labeller's labels read as if an engine had found them. */
function asMentions(passage: EvalPassage): Mention[] {
  return passage.gold.map((g) => ({ ...g, text: passage.text.slice(g.start, g.end), reason: 'second labeller' }));
}

function line(label: string, summary: EvalSummary): string {
  const { f1, precision, recall, tp, fp, fn } = summary.overall;
  return `${label.padEnd(40)} F1 ${f1.toFixed(3)}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

// A held-out passage's id names its set ("h128-en-…" is holdout128's).
const setOf = (id: string) => `holdout${/^h(\d+)-/.exec(id)?.[1] ?? ''}`;
const loaded = new Map<string, Map<string, EvalPassage>>();
const passageOf = (id: string) => {
  const set = setOf(id);
  if (!loaded.has(set)) loaded.set(set, new Map(loadNamedEvalSet(set).map((p) => [p.id, p])));
  return loaded.get(set)!.get(id);
};
for (const file of readdirSync(HERE).filter((name) => name.endsWith('.json')).sort()) {
  const second = passageFileSchema.parse(JSON.parse(readFileSync(join(HERE, file), 'utf8'))).map(resolvePassage);
  const first = second.map((p) => {
    const own = passageOf(p.id);
    if (!own || own.text !== p.text) throw new Error(`${file}: passage ${p.id} is not in the held-out sets as written`);
    return own;
  });
  const found = first.map((p) => detect(plainTextDocument(p.text)));
  console.log(`${file}: ${second.length} passages`);
  console.log(line('  second labeller against the sets', summarize(first.map((p, i) => scorePassage(p, asMentions(second[i]!))))));
  console.log(line('  engine against the sets', summarize(first.map((p, i) => scorePassage(p, found[i]!)))));
  console.log(line('  engine against the second labeller', summarize(second.map((p, i) => scorePassage(p, found[i]!)))));
}

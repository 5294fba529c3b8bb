/**
 * `npm run eval [-- --verbose | --json]`: runs the engine over the labelled passages and prints
 * precision, recall and F1 per category. Exit code 1 when the set itself is broken, not when the
 * engine scores low (the floor test in test/unit/eval/floor.test.ts is the gate).
 */
import { detect } from '../../lib/engine/index';
import { evaluate } from '../../lib/eval/evaluate';
import { formatDetails, formatTable, toJson } from '../../lib/eval/report';
import { summarize } from '../../lib/eval/score';
import { loadEvalSet } from './load';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => a !== '--verbose' && a !== '--json');
if (unknown.length > 0) {
  process.stderr.write(`usage: npm run eval -- [--verbose] [--json]\nunknown option: ${unknown.join(' ')}\n`);
  process.exit(2);
}

try {
  const results = evaluate(loadEvalSet(), detect);
  const summary = summarize(results);
  if (args.has('--json')) {
    process.stdout.write(`${toJson(summary, results)}\n`);
  } else {
    process.stdout.write(`${formatTable(summary)}\n`);
    if (args.has('--verbose')) process.stdout.write(`\n${formatDetails(results)}\n`);
  }
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof Error && error.cause !== undefined) process.stderr.write(`  cause: ${String(error.cause)}\n`);
  process.exit(1);
}

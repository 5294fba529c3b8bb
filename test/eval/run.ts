/**
 * `npm run eval [-- --set passages|holdout|holdout2|…|all] [--verbose | --json | --figures]`: runs the engine over
 * the labelled passages (by default test/eval/passages; `holdout`, `holdout2` … are the blind held-out sets, one per
 * folder, and `all` joins them) and prints precision, recall and F1 per category. Exit code 1 when the set itself is
 * broken, not when the engine scores low (the floor test in test/unit/eval/floor.test.ts is the gate).
 * `--figures` prints counts only (no passage id, no matched word): the way to run a blind measure.
 */
import { detect } from '../../lib/engine/index';
import { evaluate } from '../../lib/eval/evaluate';
import { formatDetails, formatTable, toJson } from '../../lib/eval/report';
import { summarize } from '../../lib/eval/score';
import { EVAL_SET_NAMES, isEvalSetName, loadNamedEvalSet } from './load';

const USAGE = `usage: npm run eval -- [--set ${EVAL_SET_NAMES.join('|')}] [--verbose | --json | --figures]`;

function usage(problem: string): never {
  process.stderr.write(`${USAGE}\n${problem}\n`);
  process.exit(2);
}

// `--set NAME` or `--set=NAME`; everything else is a flag.
const args = new Set<string>();
let set = 'passages';
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  if (arg === '--set' || arg.startsWith('--set=')) {
    const name = arg === '--set' ? argv[++i] : arg.slice('--set='.length);
    if (name === undefined || !isEvalSetName(name)) usage(`unknown set: ${name ?? '(missing)'}`);
    set = name;
  } else {
    args.add(arg);
  }
}
const unknown = [...args].filter((a) => a !== '--verbose' && a !== '--json' && a !== '--figures');
if (args.has('--figures') && args.size > 1) usage('--figures prints counts only: it goes with no other option');
if (unknown.length > 0) usage(`unknown option: ${unknown.join(' ')}`);

try {
  const results = evaluate(loadNamedEvalSet(set), detect);
  const summary = summarize(results);
  if (args.has('--json')) {
    process.stdout.write(`${toJson(summary, results)}\n`);
  } else {
    process.stdout.write(`${formatTable(summary, { named: !args.has('--figures') })}\n`);
    if (args.has('--verbose')) process.stdout.write(`\n${formatDetails(results)}\n`);
  }
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof Error && error.cause !== undefined) process.stderr.write(`  cause: ${String(error.cause)}\n`);
  process.exit(1);
}

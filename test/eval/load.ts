import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalPassage } from '../../lib/eval/gold';
import { EvalSetError, mergePassages, parsePassageFile } from '../../lib/eval/resolve';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Every passage file of the labelled set (test/eval/passages/*.json), parsed, resolved and checked. */
export const PASSAGES_DIR = join(HERE, 'passages');

/**
 * The blind held-out sets: every folder test/eval/holdout, holdout2, holdout3 … (each one's README says how and for
 * what it was written). A new set is a new folder; nothing here changes.
 */
export const HOLDOUT_SET_NAMES: readonly string[] = readdirSync(HERE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^holdout\d*$/.test(entry.name))
  .map((entry) => entry.name)
  .sort((a, b) => holdoutNumber(a) - holdoutNumber(b));

/** `holdout` is the first set; `holdoutN` the Nth. */
function holdoutNumber(name: string): number {
  return Number(name.slice('holdout'.length) || 1);
}

/** The sets `npm run eval -- --set <name>` can score; `passages` is the default and the one the floor gates. */
export const EVAL_SET_NAMES: readonly string[] = ['passages', ...HOLDOUT_SET_NAMES, 'all'];

export function isEvalSetName(name: string): boolean {
  return EVAL_SET_NAMES.includes(name);
}

export function loadEvalSet(dir: string = PASSAGES_DIR): EvalPassage[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new EvalSetError(`no passage files in ${dir}`);
  return mergePassages(
    files.map((name) => {
      const path = join(dir, name);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new EvalSetError(`${name}: not valid JSON (${(error as Error).message})`);
      }
      return parsePassageFile(json, name);
    }),
  );
}

/** Loads a named set; `all` joins every folder and still refuses an id used in more than one. */
export function loadNamedEvalSet(name: string): EvalPassage[] {
  if (name === 'passages') return loadEvalSet(PASSAGES_DIR);
  if (HOLDOUT_SET_NAMES.includes(name)) return loadEvalSet(join(HERE, name));
  if (name === 'all') return mergePassages([PASSAGES_DIR, ...HOLDOUT_SET_NAMES.map((set) => join(HERE, set))].map((dir) => loadEvalSet(dir)));
  throw new EvalSetError(`no evaluation set called ${name} (known: ${EVAL_SET_NAMES.join(', ')})`);
}

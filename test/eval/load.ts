import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalPassage } from '../../lib/eval/gold';
import { EvalSetError, mergePassages, parsePassageFile } from '../../lib/eval/resolve';

/** Every passage file of the labelled set (test/eval/passages/*.json), parsed, resolved and checked. */
export const PASSAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'passages');

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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the four dataset files from disk, for the build hook (Node only; the extension imports them
 * through lib/dataset/index.ts). Read fresh on every build, so `wxt dev` checks edits too.
 */

export const DATASET_FILES = ['entities', 'topics', 'facts', 'faq'] as const;

export function readDatasetFiles(dir: string): unknown {
  const raw: Record<string, unknown> = {};
  for (const name of DATASET_FILES) {
    const file = join(dir, `${name}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`Leak Lens dataset: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (error) {
      throw new Error(`Leak Lens dataset: ${file} is not valid JSON (${(error as Error).message})`);
    }
  }
  return raw;
}

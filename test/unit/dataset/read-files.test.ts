import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rawDataset } from '../../../lib/dataset/index';
import { readDatasetFiles } from '../../../lib/dataset/read-files';

const dirs: string[] = [];
function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leak-lens-dataset-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readDatasetFiles', () => {
  it('should read the same data the extension bundles when given assets/data', () => {
    expect(readDatasetFiles(join(process.cwd(), 'assets/data'))).toEqual(rawDataset);
  });

  it('should name the file when one is missing', () => {
    const dir = tempDir({ 'entities.json': '[]', 'topics.json': '[]', 'facts.json': '[]' });
    expect(() => readDatasetFiles(dir)).toThrow(`cannot read ${join(dir, 'faq.json')} (ENOENT)`);
  });

  it('should name the file when it is not JSON', () => {
    const dir = tempDir({ 'entities.json': '[', 'topics.json': '[]', 'facts.json': '[]', 'faq.json': '[]' });
    expect(() => readDatasetFiles(dir)).toThrow(`${join(dir, 'entities.json')} is not valid JSON`);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentFromFile } from '../../../lib/scan/input';
import { CATEGORIES, ENTITY_IDS } from '../../../lib/types';

const FIXTURES = 'test/fixtures/scan';
const FILES = ['article-en.html', 'article-zh-gb18030.html', 'notes.txt', 'negatives.html', 'saved-page'].map(
  (f) => `${FIXTURES}/${f}`,
);

/** The documented --json shape, strictly: no other keys anywhere. */
const scanJson = z.strictObject({
  files: z.array(
    z.strictObject({
      file: z.string(),
      mentions: z.array(
        z.strictObject({
          category: z.enum(CATEGORIES),
          entity: z.enum(ENTITY_IDS).nullable(),
          text: z.string().min(1),
          start: z.number().int().nonnegative(),
          end: z.number().int().positive(),
          reason: z.string().min(1),
        }),
      ),
    }),
  ),
});

/** Runs the command exactly as the README documents it. */
function scan(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'scan', '--', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run scan', () => {
  it('should print one JSON document in the documented shape, name a missing file and exit 1', () => {
    const missing = `${FIXTURES}/does-not-exist.html`;
    const { code, stdout, stderr } = scan('--json', FILES[0] as string, missing, ...FILES.slice(1));
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${missing}`);
    const parsed = scanJson.parse(JSON.parse(stdout));
    expect(parsed.files.map((f) => f.file)).toEqual(FILES);
    for (const file of parsed.files) {
      const { doc } = documentFromFile(file.file, readFileSync(file.file));
      for (const m of file.mentions) {
        expect(Object.keys(m)).toEqual(['category', 'entity', 'text', 'start', 'end', 'reason']);
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        expect(doc.blocks.some((b) => b.start <= m.start && m.end <= b.end)).toBe(true);
      }
    }
    const found = (name: string) =>
      parsed.files.find((f) => f.file.endsWith(name))?.mentions.map((m) => `${m.category}:${m.entity}:${m.text}`);
    // The heading's <b>Claude</b> <i>Code</i> is one product mention; nothing comes from the skipped
    // script, button, editor or hidden paragraph, and the two table cells never join.
    expect(found('article-en.html')).toEqual(expect.arrayContaining(['company:anthropic:Claude Code', 'leak:null:leak']));
    expect(found('article-en.html')?.filter((m) => m.endsWith('Claude Code'))).toHaveLength(1);
    expect(found('article-zh-gb18030.html')).toEqual(expect.arrayContaining(['company:moonshot-ai:月之暗面']));
    expect(found('notes.txt')).toEqual(expect.arrayContaining(['person:dario-amodei:Dario Amodei']));
    expect(found('negatives.html')).toEqual([]);
  });

  it('should print a readable report per file and exit 0 when every file is read', () => {
    const { code, stdout, stderr } = scan(FILES[0] as string, FILES[2] as string);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^test\/fixtures\/scan\/article-en\.html: \d+ mentions?\n {2}leak \d+ · distillation \d+ · policy \d+ · company \d+ · person \d+\n/);
    expect(stdout).toMatch(/\ntest\/fixtures\/scan\/notes\.txt: \d+ mentions?\n/);
    expect(stdout).toMatch(/\n2 files scanned, \d+ mentions?\n$/);
  });

  it('should print usage when asked for help', () => {
    const { code, stdout } = scan('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent scan -- \[--json\] FILE\.\.\./);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../../lib/scan/args';
import { runScan } from '../../../lib/scan/run-scan';
import { fakeDetect } from './fake-detect';

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runScan(argv, {
    readFile: (path) => readFileSync(`test/fixtures/scan/${path}`),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    detect: fakeDetect,
  });
  return { code, stdout, stderr };
}

describe('parseScanArgs', () => {
  it.each([
    [['a.html'], { kind: 'scan', json: false, files: ['a.html'] }],
    [['--json', 'a', 'b'], { kind: 'scan', json: true, files: ['a', 'b'] }],
    [['a', '--json'], { kind: 'scan', json: true, files: ['a'] }],
    [['--', '--json'], { kind: 'scan', json: false, files: ['--json'] }],
    [['--help', 'a'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [[], { kind: 'error', message: 'no files given' }],
    [['--jsn', 'a'], { kind: 'error', message: 'unknown option --jsn' }],
  ])('should parse %j', (argv, expected) => {
    expect(parseScanArgs(argv)).toEqual(expected);
  });
});

describe('runScan', () => {
  it('should report each file when given several', () => {
    const { code, stdout, stderr } = run(['article-en.html', 'negatives.html']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^article-en\.html: \d+ mentions/);
    expect(stdout).toMatch(/\n\nnegatives\.html: \d+ mentions?\n/);
    expect(stdout).toContain('[[Anthropic]] said a packaging error');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 files scanned, \d+ mentions$/);
  });

  it('should name a missing file on stderr, scan the others and exit 1', () => {
    const { code, stdout, stderr } = run(['missing.html', '--json', 'saved-page']);
    expect(code).toBe(1);
    expect(stderr).toBe('scan: cannot read missing.html: no such file\n');
    const parsed = JSON.parse(stdout) as { files: { file: string; mentions: unknown[] }[] };
    expect(parsed.files.map((f) => f.file)).toEqual(['saved-page']);
    expect(parsed.files[0]?.mentions).toHaveLength(2);
  });

  it('should print usage and exit 0 when asked for help', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run --silent scan -- [--json] FILE...');
  });

  it('should exit 2 with usage on stderr when the arguments are wrong', () => {
    const { code, stdout, stderr } = run(['--nope']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^scan: unknown option --nope\n\nUsage:/);
  });
});

import { describe, expect, it } from 'vitest';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { jsonReport } from '../../../lib/scan/json-report';
import { countByCategory, formatFileReport, formatSummary, TERMINAL_MARKER } from '../../../lib/scan/report';
import { fakeDetect } from './fake-detect';

const doc = plainTextDocument('First line.\n\nThen Anthropic said the leak was an error. More.\n\n月之暗面发布了Kimi。');
const scan = { file: 'a.txt', doc, mentions: fakeDetect(doc) };

describe('countByCategory', () => {
  it('should count every category including those with no mention', () => {
    expect(countByCategory(scan.mentions)).toEqual({ leak: 1, distillation: 0, policy: 0, company: 2, person: 0 });
  });
});

describe('formatFileReport', () => {
  it('should show counts, then each mention in its sentence with the match marked and its reason', () => {
    expect(formatFileReport(scan)).toBe(
      [
        'a.txt: 3 mentions',
        '  leak 1 · distillation 0 · policy 0 · company 2 · person 0',
        '  1. company: anthropic "Anthropic" [18–27]',
        '     Then [[Anthropic]] said the leak was an error.',
        '     why: company name',
        '  2. leak "leak" [37–41]',
        '     Then Anthropic said the [[leak]] was an error.',
        '     why: topic term "leak" near "Claude Code"',
        '  3. company: moonshot-ai "月之暗面" [63–67]',
        '     [[月之暗面]]发布了Kimi。',
        '     why: company name',
      ].join('\n'),
    );
  });

  it('should say so when a file has no mention', () => {
    expect(formatFileReport({ file: 'b.txt', doc, mentions: [] })).toBe(
      'b.txt: 0 mentions\n  leak 0 · distillation 0 · policy 0 · company 0 · person 0',
    );
  });

  it('should mark matches with reverse video when given the terminal marker', () => {
    expect(formatFileReport(scan, TERMINAL_MARKER)).toContain('Then \u001b[7mAnthropic\u001b[27m said');
  });
});

describe('formatSummary', () => {
  it.each([
    [0, '1 file scanned, 3 mentions'],
    [2, '1 file scanned, 3 mentions, 2 could not be read'],
  ])('should total the files when %i could not be read', (failed, expected) => {
    expect(formatSummary([scan], failed)).toBe(expected);
  });
});

describe('jsonReport', () => {
  it('should write exactly the documented keys in the documented order', () => {
    const extra = { ...scan.mentions[0], sentence: 'leaks in' } as (typeof scan.mentions)[number];
    expect(jsonReport([{ file: 'a.txt', mentions: [extra] }])).toBe(
      '{"files":[{"file":"a.txt","mentions":[{"category":"company","entity":"anthropic","text":"Anthropic","start":18,"end":27,"reason":"company name"}]}]}',
    );
  });

  it('should write an empty file list when no file could be read', () => {
    expect(jsonReport([])).toBe('{"files":[]}');
  });
});

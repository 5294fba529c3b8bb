import { describe, expect, it } from 'vitest';
import { emptyCounts, emptySamples, formatFindings, type PageFindings } from '../../../lib/cli/demo-summary';

function findings(overrides: Partial<PageFindings> = {}): PageFindings {
  const counts = { ...emptyCounts(), company: 9, person: 2, leak: 4 };
  const samples = { ...emptySamples(), company: ['Claude Code', 'Anthropic', 'Anthropic'], person: ['Dario Amodei'] };
  return {
    label: 'English article',
    url: 'http://127.0.0.1:1/en.html',
    source: 'extension',
    counts,
    samples,
    otherSenses: { 'Claude Monet': false, 'minimax algorithm': false },
    screenshots: ['demo-output/en-page.png'],
    ...overrides,
  };
}

describe('formatFindings', () => {
  it('should total the mentions and name the source when the extension highlighted them', () => {
    expect(formatFindings([findings()])).toContain('English article — 15 mentions (highlights in the page)');
  });

  it('should say the engine answered when the extension highlighted nothing', () => {
    expect(formatFindings([findings({ source: 'engine' })])).toContain('engine only');
  });

  it('should list each category once with distinct examples when samples repeat', () => {
    const text = formatFindings([findings()]);
    expect(text).toMatch(/company\s+9 {2}Claude Code, Anthropic\n/);
    for (const c of ['leak', 'distillation', 'policy', 'company', 'person']) expect(text).toContain(`  ${c}`);
  });

  it.each([
    [false, 'Claude Monet ✓'],
    [true, 'Claude Monet ✗ HIGHLIGHTED'],
  ])('should report an other-sense phrase as checked when touched is %s', (touched, expected) => {
    expect(formatFindings([findings({ otherSenses: { 'Claude Monet': touched } })])).toContain(expected);
  });

  it('should keep every line within the width when examples are long', () => {
    const long = { ...emptySamples(), leak: Array.from({ length: 8 }, (_, i) => `a rather long leaked phrase ${i}`) };
    for (const line of formatFindings([findings({ samples: long })], 80).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(80);
    }
  });
});

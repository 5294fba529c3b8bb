import { CATEGORIES, type Category } from '../types';

/** What one demo page showed: highlights per category (or the engine's mentions), and the checks. */
export interface PageFindings {
  label: string;
  url: string;
  source: 'extension' | 'engine';
  counts: Record<Category, number>;
  /** A few distinct highlighted texts per category, in page order. */
  samples: Record<Category, string[]>;
  /** Other-sense phrase → whether a highlight touched it (it must not). */
  otherSenses: Record<string, boolean>;
  screenshots: string[];
}

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** One screen: a header per page, one line per category with its count and examples, then the checks. */
export function formatFindings(pages: readonly PageFindings[], width = 100): string {
  const out: string[] = [];
  for (const page of pages) {
    const total = CATEGORIES.reduce((sum, c) => sum + page.counts[c], 0);
    const from = page.source === 'extension' ? 'highlights in the page' : 'engine only: the extension highlighted nothing';
    out.push(`${page.label} — ${total} mentions (${from})`, `  ${page.url}`);
    for (const category of CATEGORIES) {
      const examples = [...new Set(page.samples[category])].join(', ');
      out.push(clip(`  ${category.padEnd(13)}${String(page.counts[category]).padStart(3)}  ${examples}`, width));
    }
    const senses = Object.entries(page.otherSenses);
    if (senses.length > 0) {
      const checks = senses.map(([phrase, touched]) => `${phrase} ${touched ? '✗ HIGHLIGHTED' : '✓'}`).join(', ');
      out.push(clip(`  other senses left alone: ${checks}`, width));
    }
    for (const shot of page.screenshots) out.push(`  screenshot: ${shot}`);
    out.push('');
  }
  return out.join('\n');
}

export function emptyCounts(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
}

export function emptySamples(): Record<Category, string[]> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, [] as string[]])) as Record<Category, string[]>;
}

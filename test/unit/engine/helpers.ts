import { expect, it } from 'vitest';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { detect } from '../../../lib/engine';
import type { Mention } from '../../../lib/types';

/** "entity-or-category:text" for each mention: compact, readable in table failures. */
export function labels(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${m.entity ?? m.category}:${m.text}`);
}

export function found(text: string): string[] {
  return labels(detect(plainTextDocument(text)));
}

/** How many times `label` ("entity-or-category:text") is found in `text`. */
export function countFound(text: string, label: string): number {
  return found(text).filter((l) => l === label).length;
}

/** One test per row [text, label, times]: `label` is found in `text` exactly `times` times. */
export function itFindsCounts(rows: ReadonlyArray<readonly [string, string, number]>): void {
  it.each(rows)('should find in %j %s %i time(s)', (text, label, times) => {
    expect(countFound(text, label)).toBe(times);
  });
}

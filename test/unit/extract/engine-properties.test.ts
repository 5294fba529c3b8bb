import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/engine/index';
import {
  checkInlineWrappingInvariance,
  checkSkippedElementsFindNothing,
  sampleMentions,
} from './extraction-properties';

describe('extraction with the engine', () => {
  it('should find a product split across inline tags when the sample is extracted', () => {
    const found = sampleMentions(detect).map((m) => [m.category, m.entity, m.text]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['company', 'anthropic', 'Claude Code'],
        ['company', 'moonshot-ai', '月之暗面'],
      ]),
    );
  });

  it('should find the same mentions when words are wrapped in inline tags', () => {
    checkInlineWrappingInvariance(detect);
  });

  it('should find nothing inside skipped elements when they hold story words', () => {
    checkSkippedElementsFindNothing(detect);
  });
});

import { describe, expect, it } from 'vitest';
import type { DocumentText, Mention } from '../../../lib/types';
import {
  checkInlineWrappingInvariance,
  checkSkippedElementsFindNothing,
  sampleMentions,
} from './extraction-properties';

/** A tiny block-respecting detector: enough to make the extraction properties meaningful. */
function fakeDetect(doc: DocumentText): Mention[] {
  const mentions: Mention[] = [];
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    for (const m of text.matchAll(/Claude\s+Code|Anthropic|DeepSeek|月之暗面|leak(?:ed)?/gu)) {
      const start = block.start + (m.index ?? 0);
      const isLeak = m[0].startsWith('leak');
      mentions.push({
        category: isLeak ? 'leak' : 'company',
        entity: isLeak ? null : m[0] === 'DeepSeek' ? 'deepseek' : m[0] === '月之暗面' ? 'moonshot-ai' : 'anthropic',
        start,
        end: start + m[0].length,
        text: m[0],
        reason: 'fake',
      });
    }
  }
  return mentions;
}

describe('extraction properties with a fake detector', () => {
  it('should find the same mentions when words are wrapped in inline tags', () => {
    checkInlineWrappingInvariance(fakeDetect);
  });

  it('should find nothing inside skipped elements when they hold story words', () => {
    checkSkippedElementsFindNothing(fakeDetect);
  });

  it('should find a mention across inline tags when the sample is extracted', () => {
    expect(sampleMentions(fakeDetect).map((m) => m.text)).toEqual(['Anthropic', 'Claude Code', 'leaked', '月之暗面']);
  });
});

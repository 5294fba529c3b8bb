import { describe, it } from 'vitest';
import { detect } from '../../../lib/engine/index';
import { checkInlineWrappingInvariance, checkSkippedElementsFindNothing } from './extraction-properties';

describe('extraction with the engine', () => {
  it('should find the same mentions when words are wrapped in inline tags', () => {
    checkInlineWrappingInvariance(detect);
  });

  it('should find nothing inside skipped elements when they hold story words', () => {
    checkSkippedElementsFindNothing(detect);
  });
});

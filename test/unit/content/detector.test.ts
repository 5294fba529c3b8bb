import { describe, expect, it } from 'vitest';
import { prepareDetector, type Detector } from '../../../lib/content/detector';

function stepped(log: string[]): Detector {
  return { detect: () => [], prepare: () => [() => log.push('load'), () => log.push('compile')] };
}

describe('prepareDetector', () => {
  it('should run each preparation step in a task of its own when the detector has steps', async () => {
    const log: string[] = [];
    await prepareDetector(stepped(log), async () => void log.push('yield'));
    expect(log).toEqual(['load', 'yield', 'compile', 'yield']);
  });

  it('should stop between steps when the signal aborts', async () => {
    const log: string[] = [];
    const abort = new AbortController();
    await prepareDetector(stepped(log), async () => abort.abort(), abort.signal);
    expect(log).toEqual(['load']);
  });

  it('should do nothing when the detector needs no preparation', async () => {
    const log: string[] = [];
    await prepareDetector({ detect: () => [] }, async () => void log.push('yield'));
    expect(log).toEqual([]);
  });
});

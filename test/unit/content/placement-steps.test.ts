// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetectService } from '../../../lib/content/detect-service';
import { MentionStore } from '../../../lib/content/mention-store';
import { PLACE_STEP, ScanSession } from '../../../lib/content/scan-session';
import { CHUNK_MS } from '../../../lib/content/yield';
import { HighlightLayer } from '../../../lib/highlight/layer';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import { fakeHighlightEnv, fakeStaticRange, scriptedDetect, scriptedDetector } from './scan-helpers';

/**
 * A big slice's answer holds hundreds of mentions; placing them in one go made tasks of 50–100 ms on a
 * slow machine. The first pass places them PLACE_STEP at a time and yields between steps once its task
 * has run CHUNK_MS; these tests run the clock fast so that every check finds the budget spent.
 */
function racingClock(msPerReading: number) {
  let now = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => (now += msPerReading));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('placing a big answer in steps', () => {
  it('should yield between steps of at most PLACE_STEP mentions and still highlight every mention', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} about Claude and a leak, ${'filler '.repeat(20)}</p>`);
    document.body.innerHTML = paragraphs.join('');
    const { env } = fakeHighlightEnv();
    const layer = new HighlightLayer(env);
    const store = new MentionStore();
    // The background reads with the same scripted engine as the page's, so the counts are known.
    const service = new DetectService((doc, options) => scriptedDetect(doc, options));
    const requests: DetectSliceRequest[] = [];
    const background = {
      requests,
      send: async (request: DetectSliceRequest) => {
        requests.push(request);
        return structuredClone(service.answer(structuredClone(request)));
      },
    };
    const sizesAtYield: number[] = [];
    const session = new ScanSession({
      doc: document,
      root: document.body,
      detector: scriptedDetector().detector,
      remote: background.send,
      layer,
      store,
      makeRange: fakeStaticRange,
      isOwn: () => false,
      onChange: () => undefined,
      signal: new AbortController().signal,
      yieldNow: async () => void sizesAtYield.push(store.size),
      yieldToTasks: async () => void sizesAtYield.push(store.size),
    });
    racingClock(CHUNK_MS);
    const result = await session.fullPass();
    expect(result.count).toBe(800);
    // The first slice alone (32k characters) holds more than one step's mentions.
    expect(background.requests.length).toBeGreaterThan(1);
    const grown = [...sizesAtYield, store.size].map((size, i, all) => size - (all[i - 1] ?? 0));
    expect(Math.max(...grown)).toBeLessThanOrEqual(PLACE_STEP);
    expect(grown.filter((g) => g === PLACE_STEP).length).toBeGreaterThan(2);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CardData } from '../../../lib/card/card-model';
import { runController } from '../../../lib/content/controller';
import { READY_WAIT_MS } from '../../../lib/content/first-pass';
import type { SendDetect } from '../../../lib/content/remote-detection';
import { encodeReply } from '../../../lib/messaging/detect-wire';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { fakeHighlightEnv, scriptedDetect, scriptedDetector } from './scan-helpers';

const noData: CardData = { entityById: () => undefined, topicById: () => undefined, factsFor: () => [] };

/** The controller on a small page, with a background that answers prepare-detection with `prepared`. */
async function setup(prepared: () => Promise<unknown>) {
  document.body.innerHTML = '<p>Claude and DeepSeek</p><p>The leak</p>';
  const { registry, env } = fakeHighlightEnv();
  const { detector, calls } = scriptedDetector();
  const requests: DetectSliceRequest[] = [];
  // The background detects as the scripted page detector would, over the slice it was sent.
  const remote: SendDetect = async (request) => {
    requests.push(request);
    const mentions = scriptedDetect({ text: request.text, blocks: request.blocks }, { blocks: request.wanted });
    return JSON.parse(JSON.stringify(encodeReply({ ok: true, mentions })));
  };
  const lens = await runController({
    win: window,
    doc: document,
    signal: new AbortController().signal,
    highlightEnv: env,
    detector,
    remote,
    prepareRemote: prepared,
    cardData: noData,
    loadSettings: async () => ({ settings: DEFAULT_SETTINGS }),
    watchSettings: () => () => undefined,
    onMessage: () => () => undefined,
    sendCount: () => undefined,
  });
  await lens.ready;
  return { registry, calls, requests };
}

describe('runController with a background', () => {
  it('should send the page to the background when it answered that it is ready', async () => {
    const t = await setup(async () => ({ ready: true }));
    expect(t.requests.length).toBeGreaterThan(0);
    expect(t.calls).toEqual([]);
    expect(t.registry.get('leak-lens-company')?.size).toBe(2);
  });

  it('should send the page to the background when it answers after settings were read but within the short wait', async () => {
    const late = () => new Promise<unknown>((resolve) => setTimeout(() => resolve({ ready: true }), READY_WAIT_MS / 4));
    const t = await setup(late);
    expect(t.requests.length).toBeGreaterThan(0);
    expect(t.calls).toEqual([]);
    expect(t.registry.get('leak-lens-company')?.size).toBe(2);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['has not answered yet (it was asleep)', () => new Promise(() => undefined)],
    ['answers only after the short wait (it was asleep)', () => new Promise((resolve) => setTimeout(() => resolve({ ready: true }), READY_WAIT_MS * 10))],
    ['throws when asked (the extension was reloaded)', () => { throw new Error('Extension context invalidated.'); }],
    ['answered something else', async () => ({ ready: 'yes' })],
    ['could not be reached', async () => Promise.reject(new Error('Could not establish connection'))],
  ])('should read the page itself when the background %s', async (_case, prepared) => {
    const t = await setup(prepared);
    expect(t.requests).toEqual([]);
    expect(t.calls.length).toBeGreaterThan(0);
    expect(t.registry.get('leak-lens-company')?.size).toBe(2);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { CardData } from '../../../lib/card/card-model';
import { runController } from '../../../lib/content/controller';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { fakeHighlightEnv, scriptedDetector } from './scan-helpers';

const noData: CardData = { entityById: () => undefined, topicById: () => undefined, factsFor: () => [] };

async function setup(initial: Settings) {
  document.body.innerHTML = '<p>Claude and DeepSeek</p><p>The leak</p>';
  const { registry, env } = fakeHighlightEnv();
  const { detector, calls } = scriptedDetector();
  const abort = new AbortController();
  let watcher: (s: Settings) => void = () => undefined;
  let handler: (raw: unknown) => Promise<unknown> | undefined = () => undefined;
  const counts: number[] = [];
  const lens = await runController({
    win: window,
    doc: document,
    signal: abort.signal,
    highlightEnv: env,
    detector,
    cardData: noData,
    loadSettings: async () => ({ settings: initial }),
    watchSettings: (cb) => {
      watcher = cb;
      return () => (watcher = () => undefined);
    },
    onMessage: (h) => {
      handler = h;
      return () => (handler = () => undefined);
    },
    sendCount: (n) => counts.push(n),
  });
  await lens.ready;
  return { registry, calls, abort, counts, lens, change: (s: Settings) => watcher(s), ask: (m: unknown) => handler(m) };
}

const paused: Settings = { ...DEFAULT_SETTINGS, pausedSites: [location.hostname || 'localhost'] };

describe('runController', () => {
  it('should scan, highlight and report the count when the site is not paused', async () => {
    const t = await setup(DEFAULT_SETTINGS);
    expect(t.registry.get('leak-lens-company')?.size).toBe(2);
    expect(t.counts.at(-1)).toBe(3);
  });

  it('should not read the page at all when the site is paused', async () => {
    const t = await setup(paused);
    expect(t.calls).toEqual([]);
    expect(t.registry.size).toBe(0);
  });

  it('should add no style sheet to a paused page whatever the palette', async () => {
    const t = await setup({ ...paused, palette: 'high-contrast' });
    expect(t.calls).toEqual([]);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('should clear everything when the site gets paused, and scan again when resumed', async () => {
    const t = await setup(DEFAULT_SETTINGS);
    t.change(paused);
    expect(t.registry.size).toBe(0);
    expect(t.counts.at(-1)).toBe(0);
    t.change(DEFAULT_SETTINGS);
    await t.lens.ready;
    expect(t.registry.get('leak-lens-company')?.size).toBe(2);
  });

  it('should toggle a category without detecting again', async () => {
    const t = await setup(DEFAULT_SETTINGS);
    const before = t.calls.length;
    t.change({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, company: false } });
    expect(t.registry.has('leak-lens-company')).toBe(false);
    expect(t.counts.at(-1)).toBe(1);
    expect(t.calls.length).toBe(before);
  });

  it('should answer the popup with the page state and step through mentions', async () => {
    const t = await setup(DEFAULT_SETTINGS);
    const state = (await t.ask({ type: 'get-page-state' })) as { mentions: { text: string; sentence: string }[]; paused: boolean };
    expect(state.paused).toBe(false);
    expect(state.mentions.map((m) => m.text)).toEqual(['Claude', 'DeepSeek', 'leak']);
    expect(state.mentions[2]?.sentence).toBe('The leak');
    expect(await t.ask({ type: 'navigate', direction: 'previous' })).toEqual({ index: 2, total: 3 });
    expect(await t.ask({ type: 'navigate', direction: 'next' })).toEqual({ index: 0, total: 3 });
  });

  it('should ignore messages that do not follow the protocol', async () => {
    const t = await setup(DEFAULT_SETTINGS);
    expect(t.ask({ type: 'navigate', direction: 'sideways' })).toBeUndefined();
    expect(t.ask('hello')).toBeUndefined();
  });

  it('should say paused and list nothing when asked on a paused site', async () => {
    const t = await setup(paused);
    expect(await t.ask({ type: 'get-page-state' })).toMatchObject({ paused: true, mentions: [], current: -1 });
    expect(await t.ask({ type: 'navigate', direction: 'next' })).toEqual({ index: -1, total: 0 });
  });

  it('should take its highlights away when the content script context ends', async () => {
    const t = await setup(DEFAULT_SETTINGS);
    t.abort.abort();
    expect(t.registry.size).toBe(0);
  });
});

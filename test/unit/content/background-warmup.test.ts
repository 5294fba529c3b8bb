import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DocumentText } from '../../../lib/types';

// The background's engine, counted: which documents it read and when it was compiled.
const engine = vi.hoisted(() => ({ compiled: 0, read: [] as DocumentText[] }));
vi.mock('../../../lib/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/engine')>();
  const detector = {
    ...actual.defaultDetector(),
    detect: (doc: DocumentText) => {
      engine.read.push(doc);
      return [];
    },
  };
  return {
    ...actual,
    defaultDetector: () => {
      engine.compiled++;
      return detector;
    },
  };
});

const { wireBackground } = await import('../../../lib/content/background-wiring');
const sender = { tab: { id: 4 } as never, frameId: 0 };

describe('the background while a tab loads a page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    engine.compiled = 0;
    engine.read = [];
    wireBackground();
  });
  afterEach(() => vi.useRealTimers());

  it('should compile its engine and read sample text, in tasks of their own, when a tab starts loading', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    expect(engine.compiled).toBe(0);
    await vi.runAllTimersAsync();
    expect(engine.compiled).toBeGreaterThan(0);
    expect(engine.read.length).toBeGreaterThan(3);
    expect(engine.read.every((doc) => doc.text.length > 0 && doc.blocks.length > 0)).toBe(true);
  });

  it('should not warm up on other tab updates (a title, a favicon)', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { title: 'x' }, { id: 4 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, { id: 4 } as never);
    await vi.runAllTimersAsync();
    expect(engine.read).toEqual([]);
  });

  it('should stop reading samples once the page asks whether the engine is ready', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    await vi.advanceTimersToNextTimerAsync(); // compiled
    await vi.advanceTimersToNextTimerAsync(); // one sample
    const before = engine.read.length;
    expect(before).toBe(1); // the warm-up was under way
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'prepare-detection' }, sender, () => undefined);
    expect(answers).toContainEqual({ ready: true });
    await vi.runAllTimersAsync();
    expect(engine.read.length).toBe(before);
  });

  it('should stop reading samples when a page sends a slice, and read the slice', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    await vi.advanceTimersToNextTimerAsync();
    await vi.advanceTimersToNextTimerAsync();
    const before = engine.read.length;
    expect(before).toBe(1); // the warm-up was under way
    const slice = { type: 'detect-slice', session: 's', seq: 0, last: true, text: 'DeepSeek', blocks: [{ start: 0, end: 8 }], wanted: [0] };
    await fakeBrowser.runtime.onMessage.trigger(slice, sender, () => undefined);
    await vi.runAllTimersAsync();
    expect(engine.read.length).toBe(before + 1);
    expect(engine.read.at(-1)?.text).toBe('DeepSeek');
  });
});

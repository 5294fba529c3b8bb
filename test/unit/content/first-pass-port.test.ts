import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runFirstPass } from '../../../lib/content/first-pass';
import { portSender } from '../../../lib/content/port-sender';
import { detect, type DetectOptions } from '../../../lib/engine';
import type { DocumentText } from '../../../lib/types';
import { generatePage } from '../../bench/generate';
import { decisionOf, extractionUnderWay, inProcessBackground, keyOf, newsSource, passDeps } from './detection-helpers';
import { portBackground } from './port-helpers';

/**
 * The first pass as the content script runs it now: slices cut to the background's sizes, answers read
 * between extraction chunks, and every slice on one port (port-sender.ts) to a DetectService.
 */
const PARAGRAPHS = 2_000;
const NEWS = newsSource(PARAGRAPHS);

/** A steady fake clock, so the page's own slices are cut the same way on every run. */
const steadyClock = () => {
  let now = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
};

const clock = steadyClock();
const alone = passDeps(NEWS);
await runFirstPass(alone.deps);
const NEWS_HERE = alone.placed.flat().map(decisionOf);
clock.mockRestore();

const engine = (doc: DocumentText, options: DetectOptions) => detect(doc, options);

/** Characters of the blocks a request asks for (not its context neighbours). */
const wantedChars = (request: { blocks: { start: number; end: number }[]; wanted: number[] }) =>
  request.wanted.reduce((sum, i) => sum + request.blocks[i]!.end - request.blocks[i]!.start, 0);

beforeEach(() => {
  steadyClock();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runFirstPass (slice sizes for the background)', () => {
  it('should send a first slice of about 32k characters and double each one after it up to 128k', async () => {
    const bg = inProcessBackground();
    await runFirstPass(passDeps(NEWS, { remote: bg.send }).deps);
    const sizes = bg.requests.map(wantedChars);
    const longestBlock = Math.max(...NEWS.blocks.map((b) => b.end - b.start));
    const targets = [32_000, 64_000, 128_000, 128_000, 128_000, 128_000];
    expect(sizes).toHaveLength(7);
    sizes.slice(0, -1).forEach((size, i) => {
      expect(size).toBeGreaterThanOrEqual(targets[i]!);
      expect(size).toBeLessThan(targets[i]! + longestBlock);
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(NEWS.blocks.reduce((sum, b) => sum + b.end - b.start, 0));
  });
});

describe('runFirstPass (yielding while the page is extracted)', () => {
  it('should yield behind queued tasks exactly when answers are due, and to the page otherwise', async () => {
    const { extractor, source } = extractionUnderWay(generatePage(PARAGRAPHS));
    const bg = inProcessBackground();
    const yields: { kind: 'now' | 'tasks'; inFlight: number; extracting: boolean }[] = [];
    const t = passDeps(source, { remote: bg.send, extraction: extractor });
    const note = (kind: 'now' | 'tasks') => async () => {
      yields.push({ kind, inFlight: bg.requests.length - t.placed.length, extracting: !extractor.done });
    };
    t.deps.yieldNow = note('now');
    t.deps.yieldToTasks = note('tasks');
    await runFirstPass(t.deps);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
    const tasks = yields.filter((y) => y.kind === 'tasks');
    const now = yields.filter((y) => y.kind === 'now');
    expect(tasks.length).toBeGreaterThan(0);
    expect(now.length).toBeGreaterThan(0);
    expect(tasks.every((y) => y.inFlight > 0)).toBe(true);
    expect(now.every((y) => y.inFlight === 0)).toBe(true);
    expect(yields[0]).toMatchObject({ kind: 'now', extracting: true });
  });

  it('should yield to the page only when no yield behind tasks is given', async () => {
    const { extractor, source } = extractionUnderWay(generatePage(PARAGRAPHS));
    let yields = 0;
    const t = passDeps(source, { remote: inProcessBackground().send, extraction: extractor, yieldNow: async () => void yields++ });
    await runFirstPass(t.deps);
    expect(yields).toBeGreaterThan(1);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
  });

  it('should leave extraction for a task of its own when posting a slice used up the task', async () => {
    // A clock that only moves when told: posting a slice takes 12 ms, more than a task's share.
    vi.restoreAllMocks();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const { extractor, source } = extractionUnderWay(generatePage(PARAGRAPHS));
    const bg = inProcessBackground();
    let taskStart = 0;
    const newTask = async () => {
      now += 1;
      taskStart = now;
    };
    const steps: { share: number; afterPost: boolean }[] = [];
    let posted = false;
    const stepping = {
      step: (deadline: number) => {
        steps.push({ share: deadline - taskStart, afterPost: posted });
        posted = false;
        now += 3;
        return extractor.step(deadline);
      },
      get done() {
        return extractor.done;
      },
      textBetween: extractor.textBetween,
    };
    const send: typeof bg.send = (request) => {
      now += 12;
      posted = true;
      return bg.send(request);
    };
    const t = passDeps(source, { remote: send, extraction: stepping, yieldNow: newTask, yieldToTasks: newTask });
    await runFirstPass(t.deps);
    expect(steps.some((s) => s.afterPost)).toBe(true);
    // Every step works within its task's share (8 ms from the task's start), not 8 ms more after a post.
    for (const s of steps) expect(s.share).toBeLessThanOrEqual(8);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
  });
});

describe('runFirstPass (slices on one port)', () => {
  it('should place what the page alone places when every slice goes on one port', async () => {
    const bg = portBackground();
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { remote: portSender(bg.connect), detectHere });
    await runFirstPass(t.deps);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
    expect(bg.ports).toHaveLength(1);
    expect(bg.ports[0]?.posted).toHaveLength(t.placed.length);
    expect(detectHere).not.toHaveBeenCalled();
    expect(bg.service.openSessions).toBe(0);
  });

  it('should keep two passes apart when they share one port at the same time', async () => {
    const bg = portBackground();
    const send = portSender(bg.connect);
    const a = passDeps(NEWS, { remote: send });
    const b = passDeps(NEWS, { remote: send });
    await Promise.all([runFirstPass(a.deps), runFirstPass(b.deps)]);
    expect(a.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
    expect(b.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
    expect(bg.ports).toHaveLength(1);
    expect(bg.service.openSessions).toBe(0);
  });

  it.each([0, 2, 5])('should finish on the page, every block once, when the port closes at slice %i', async (k) => {
    const bg = portBackground();
    const connect = () => {
      const port = bg.connect();
      const answer = port.onPost;
      port.onPost = (message) => {
        if ((message as { seq: number }).seq < k) answer(message);
        else if ((message as { seq: number }).seq === k) setTimeout(() => port.disconnect(), 0);
      };
      return port;
    };
    const send = portSender(connect);
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { remote: send, detectHere });
    await runFirstPass(t.deps);
    expect(detectHere).toHaveBeenCalled();
    const keys = t.placed.flat().map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);

    // The next pass (the page changed) connects again, and this port answers everything.
    const next = passDeps(NEWS, { remote: portSender(bg.connect) });
    await runFirstPass(next.deps);
    expect(next.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
  });

  it('should connect a new port for the next pass when the port closed during the last one', async () => {
    const bg = portBackground();
    let closeAt: number | null = 1;
    const connect = () => {
      const port = bg.connect();
      const answer = port.onPost;
      port.onPost = (message) => {
        if ((message as { seq: number }).seq !== closeAt) return answer(message);
        closeAt = null;
        setTimeout(() => port.disconnect(), 0);
      };
      return port;
    };
    const send = portSender(connect);
    await runFirstPass(passDeps(NEWS, { remote: send }).deps);
    const detectHere = vi.fn(engine);
    const next = passDeps(NEWS, { remote: send, detectHere });
    await runFirstPass(next.deps);
    expect(bg.ports).toHaveLength(2);
    expect(detectHere).not.toHaveBeenCalled();
    expect(next.placed.flat().map(decisionOf)).toEqual(NEWS_HERE);
  });
});

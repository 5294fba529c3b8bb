import { afterEach, describe, expect, it, vi } from 'vitest';
import { runFirstPass } from '../../../lib/content/first-pass';
import { CHUNK_MS } from '../../../lib/content/yield';
import { inProcessBackground, newsSource, passDeps } from './detection-helpers';

/** Every reading of the clock a whole chunk later: each check finds the task's budget spent. */
function racingClock() {
  let now = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => (now += CHUNK_MS));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runFirstPass pauses', () => {
  it('should give place() a pause that yields once the task is over budget, to the page once no answer is due', async () => {
    const bg = inProcessBackground();
    const yields: ('now' | 'tasks')[] = [];
    const t = passDeps(newsSource(600), { remote: bg.send });
    const place = t.deps.place;
    const yieldsPerPause: ('now' | 'tasks')[][] = [];
    t.deps.place = async (mentions, pause) => {
      await place(mentions, pause);
      const before = yields.length;
      await pause();
      yieldsPerPause.push(yields.slice(before));
    };
    t.deps.yieldNow = async () => void yields.push('now');
    t.deps.yieldToTasks = async () => void yields.push('tasks');
    racingClock();
    await runFirstPass(t.deps);
    expect(t.placed.length).toBeGreaterThan(1);
    expect(yieldsPerPause).toHaveLength(t.placed.length);
    expect(yieldsPerPause.every((kinds) => kinds.length === 1)).toBe(true);
    expect(yieldsPerPause.at(-1)).toEqual(['now']);
  });

  it('should not pause while the task is within its budget', async () => {
    const source = newsSource(600);
    const bg = inProcessBackground();
    let yields = 0;
    const t = passDeps(source, { remote: bg.send, yieldNow: async () => void yields++, yieldToTasks: async () => void yields++ });
    const place = t.deps.place;
    t.deps.place = async (mentions, pause) => {
      await pause();
      await place(mentions, pause);
    };
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    await runFirstPass(t.deps);
    expect(t.placed.length).toBeGreaterThan(1);
    expect(yields).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { Pacer } from '../../../lib/highlight/pacer';

function setup() {
  const state = { now: 0, runs: [] as number[], timers: [] as Array<{ fn: () => void; at: number; live: boolean }> };
  const clock = {
    now: () => state.now,
    setTimeout: (fn: () => void, ms: number): unknown => {
      const timer = { fn, at: state.now + ms, live: true };
      state.timers.push(timer);
      return timer;
    },
    clearTimeout: (handle: unknown) => void ((handle as { live: boolean }).live = false),
  };
  const pacer = new Pacer(() => state.runs.push(state.now), 100, clock);
  const fire = () => state.timers.filter((t) => t.live).forEach((t) => ((state.now = t.at), (t.live = false), t.fn()));
  return { state, pacer, fire };
}

describe('Pacer', () => {
  it('should run at once the first time, then merge requests into one run at the end of the interval', () => {
    const { state, pacer, fire } = setup();
    pacer.request();
    state.now = 10;
    pacer.request();
    state.now = 20;
    pacer.request();
    expect(state.runs).toEqual([0]);
    fire();
    expect(state.runs).toEqual([0, 100]);
  });

  it.each([
    ['an urgent request', (p: Pacer) => p.request(true)],
    ['flush', (p: Pacer) => p.flush()],
  ])('should run now and drop the pending run on %s', (_what, now) => {
    const { state, pacer, fire } = setup();
    pacer.request();
    state.now = 10;
    pacer.request();
    now(pacer);
    fire();
    expect(state.runs).toEqual([0, 10]);
  });

  it('should run nothing after cancel', () => {
    const { state, pacer, fire } = setup();
    pacer.request();
    state.now = 10;
    pacer.request();
    pacer.cancel();
    fire();
    expect(state.runs).toEqual([0]);
  });
});

import { describe, expect, it } from 'vitest';
import { summariseTasks, taskShares, type TraceEvent } from '../../bench/trace-tasks';

const OURS = 'chrome-extension://abc/content-scripts/content.js';
const MAIN = { pid: 1, tid: 7 };

/** A complete event on the main thread; times in ms (the trace's are µs). */
const ev = (name: string, at: number, ms: number, url?: string, thread = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts: at * 1000,
  dur: ms * 1000,
  ...thread,
  ...(url ? { args: { data: { url } } } : {}),
});

/** The page's own load, our start, a slice answered, Chromium painting a highlight change. */
const trace: TraceEvent[] = [
  ev('RunTask', 0, 120),
  ev('Layout', 5, 100),
  ev('RunTask', 200, 42),
  ev('EvaluateScript', 200, 41, OURS),
  ev('v8.compile', 200, 10, OURS),
  ev('RunTask', 300, 20),
  ev('v8.callFunction', 300, 20),
  ev('FunctionCall', 300, 1, OURS),
  ev('RunMicrotasks', 301, 19),
  // Our code read layout: a forced layout inside our script counts as ours.
  ev('RunTask', 400, 60),
  ev('FunctionCall', 400, 55, OURS),
  ev('Layout', 410, 40),
  // A frame with our rAF callback and Chromium's paint after it: the paint is not ours.
  ev('RunTask', 500, 70),
  ev('FunctionCall', 500, 2, OURS),
  ev('PrePaint', 503, 45),
  ev('Paint', 550, 15),
  ev('Paint', 550, 14),
  // A frame with no script at all.
  ev('RunTask', 700, 80),
  ev('PrePaint', 700, 50),
  ev('Paint', 752, 20),
  // Another thread (a worker) is not the page's main thread.
  ev('RunTask', 800, 300, undefined, { pid: 1, tid: 9 }),
  ev('FunctionCall', 800, 300, OURS, { pid: 1, tid: 9 }),
];

describe('taskShares', () => {
  it('should find the main thread by the evaluation of our script and list its tasks in order', () => {
    expect(taskShares(trace, 'chrome-extension://').map((t) => t.start)).toEqual([0, 200, 300, 400, 500, 700]);
  });

  it('should count a task as ours when an event in it names our script, and the page load as not ours', () => {
    expect(taskShares(trace, 'chrome-extension://').map((t) => t.ranOurs)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('should leave the frame\'s own paint out of our share but keep a layout our script forced', () => {
    const shares = taskShares(trace, 'chrome-extension://');
    expect(shares[3]).toMatchObject({ ours: 60, rendering: 0 });
    // 70 ms task: 45 PrePaint + 15 Paint (the nested Paint is counted once) are Chromium's.
    expect(shares[4]).toMatchObject({ ours: 10, rendering: 60 });
    expect(shares[5]).toMatchObject({ ours: 0, rendering: 70 });
  });

  it('should return nothing when our script never ran in the trace', () => {
    expect(taskShares(trace.filter((e) => e.args === undefined), 'chrome-extension://')).toEqual([]);
  });
});

describe('summariseTasks', () => {
  it('should report our longest task apart from Chromium\'s longest rendering, from our first task on', () => {
    expect(summariseTasks(taskShares(trace, 'chrome-extension://'))).toEqual({
      longestOurs: 60,
      // The page's 100 ms layout came before our script ran: not counted.
      longestRendering: 70,
      ourTasks: 4,
    });
  });
});

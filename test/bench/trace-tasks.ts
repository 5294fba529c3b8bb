/**
 * Whose is each long task? The longtask API and Long Animation Frames do not name extension scripts,
 * so a task where our content script ran looks like the page's own, and a paint frame after a
 * highlight change looks like ours. A Chromium trace does name them: `EvaluateScript`, `v8.compile`
 * and `FunctionCall` events carry the script's URL. This reads the main thread of a trace:
 *
 *   ours       a task in which an event names the extension's script; its length leaves out the
 *              frame's own rendering (Layout, PrePaint, Paint…) unless our script forced it
 *   rendering  the rendering work (style, layout, paint) of any task that no script forced
 *
 * Pure: takes trace events (as Chrome's JSON trace format has them), returns milliseconds.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface TaskShare {
  /** Task start on the trace clock, in ms. */
  start: number;
  /** Whole task, ms. */
  duration: number;
  /** Whether our script ran in it. */
  ranOurs: boolean;
  /** Its length less the rendering our script did not force (0 when it ran none of ours), ms. */
  ours: number;
  /** Rendering work not forced by a script in it, ms. */
  rendering: number;
}

export interface TaskSummary {
  /** Longest task running our script, rendering of that frame left out. */
  longestOurs: number;
  /** Longest rendering (style, layout, paint) not forced by a script, in any task. */
  longestRendering: number;
  /** How many tasks ran our script. */
  ourTasks: number;
}

/** The frame lifecycle's stages as trace events: Chromium's work, not a script's, unless a script forced them. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
/** Events inside which any rendering was forced by script (a read of layout, say). */
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'v8.run', 'RunMicrotasks']);

const complete = (e: TraceEvent): e is TraceEvent & { dur: number } => e.ph === 'X' && typeof e.dur === 'number';
const within = (inner: { ts: number; dur: number }, outer: { ts: number; dur: number }) =>
  inner.ts >= outer.ts && inner.ts + inner.dur <= outer.ts + outer.dur;

/** The renderer main thread that evaluated a script whose URL starts with `scriptPrefix`. */
export function mainThreadOf(events: readonly TraceEvent[], scriptPrefix: string): { pid: number; tid: number } | undefined {
  const evaluated = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(scriptPrefix));
  return evaluated ? { pid: evaluated.pid, tid: evaluated.tid } : undefined;
}

/** Every top-level task of that thread with its shares, in time order. */
export function taskShares(events: readonly TraceEvent[], scriptPrefix: string): TaskShare[] {
  const thread = mainThreadOf(events, scriptPrefix);
  if (!thread) return [];
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid)
    .filter(complete)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = own.filter((e) => e.name === 'RunTask');
  const shares: TaskShare[] = [];
  let cursor = 0;
  let outerEnd = -1;
  for (const task of tasks) {
    // Nested RunTasks (a task inside a task's run loop) belong to their outer task.
    if (task.ts + task.dur <= outerEnd) continue;
    outerEnd = task.ts + task.dur;
    while (cursor < own.length && own[cursor]!.ts < task.ts) cursor++;
    const inner: typeof own = [];
    for (let i = cursor; i < own.length; i++) {
      const e = own[i]!;
      if (e.ts > task.ts + task.dur) break;
      if (e !== task && within(e, task)) inner.push(e);
    }
    const scripts = inner.filter((e) => SCRIPT.has(e.name));
    const ranOurs = inner.some((e) => e.args?.data?.url?.startsWith(scriptPrefix));
    // Rendering at the top of the task: not inside a script, and not inside another rendering stage.
    let rendering = 0;
    let lastKept: { ts: number; dur: number } | undefined;
    for (const e of inner) {
      // inner is in start order, longest first: a stage inside the last one kept (Paint in Paint) is not counted twice.
      if (!RENDERING.has(e.name) || scripts.some((s) => within(e, s))) continue;
      if (lastKept && within(e, lastKept)) continue;
      lastKept = e;
      rendering += e.dur / 1000;
    }
    const duration = task.dur / 1000;
    shares.push({
      start: task.ts / 1000,
      duration,
      ranOurs,
      ours: ranOurs ? Math.max(0, duration - rendering) : 0,
      rendering,
    });
  }
  return shares;
}

/** From the first task that ran our script on: the page's own load before it is not ours to answer for. */
export function summariseTasks(shares: readonly TaskShare[]): TaskSummary {
  let longestOurs = 0;
  let longestRendering = 0;
  let ourTasks = 0;
  const first = shares.findIndex((share) => share.ranOurs);
  for (const share of first < 0 ? [] : shares.slice(first)) {
    if (share.ranOurs) {
      ourTasks++;
      longestOurs = Math.max(longestOurs, share.ours);
    }
    longestRendering = Math.max(longestRendering, share.rendering);
  }
  return { longestOurs, longestRendering, ourTasks };
}

/**
 * The in-page side of the benchmark, injected as an init script (plain JavaScript text, so nothing the
 * TypeScript loader adds to compiled functions can leak into the page). It runs one method once the
 * document is parsed, or, for the extension, waits for its `leak-lens:scanned` event, and leaves the
 * result in `window.__bench`.
 */
export type Method = 'none' | 'walk' | 'regex' | 'mark' | 'mark-terms' | 'extension';

/** The methods that need mark.js in the page: 'mark' is `markRegExp(one regex)`, 'mark-terms' is `mark(terms)`. */
export const MARK_METHODS: readonly Method[] = ['mark', 'mark-terms'];

/** What `window.__bench` holds once `done` is true. Times are ms since navigation start. */
export interface ProbeResult {
  done: boolean;
  error?: string;
  start: number;
  end: number;
  /** Text characters walked (walk), highlights/marks made (regex, mark), mentions (extension). */
  count: number;
  /** The extension's own scan time from its event detail. */
  reportedMs?: number;
  domContentLoaded: number;
  longTasks: Array<[start: number, duration: number]>;
}

const PROBE = String.raw`
(() => {
  if (window.top !== window) return;
  const METHOD = __METHOD__;
  const SOURCE = __SOURCE__;
  const TERMS = __TERMS__;
  const bench = (window.__bench = { done: false, start: 0, end: 0, count: 0, domContentLoaded: 0, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  // Time after the next frame's style, layout and paint: a task queued from inside rAF runs after them.
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SVG']);
  const walker = (root) =>
    document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
        if (SKIP.has(node.tagName.toUpperCase()) || node.getAttribute('contenteditable') !== null)
          return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      },
    });
  const walk = (root) => {
    const w = walker(root);
    let chars = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length;
    return chars;
  };
  const highlight = new Highlight();
  const regexHighlight = (root) => {
    const re = new RegExp(SOURCE, 'giu');
    const w = walker(root);
    let found = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const data = n.data;
      re.lastIndex = 0;
      for (let m = re.exec(data); m; m = re.exec(data)) {
        const r = new Range();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        highlight.add(r);
        found++;
      }
    }
    CSS.highlights.set('bench-hit', highlight);
    return found;
  };
  bench.walk = walk;
  bench.regexHighlight = regexHighlight;
  bench.afterFrame = afterFrame;
  const style = () => {
    const s = document.createElement('style');
    s.textContent = '::highlight(bench-hit){background:#ffe08a} mark{background:#ffe08a;color:inherit}';
    document.head.append(s);
  };
  const finish = async (count) => {
    bench.count = count;
    bench.end = await afterFrame();
    bench.done = true;
  };
  const run = async () => {
    if (METHOD === 'none' || METHOD === 'extension') {
      if (METHOD === 'none') { bench.start = bench.end = performance.now(); bench.done = true; }
      return;
    }
    style();
    bench.start = performance.now();
    if (METHOD === 'walk') return finish(walk(document.body));
    if (METHOD === 'regex') return finish(regexHighlight(document.body));
    const exclude = ['textarea', '[contenteditable]', 'script', 'style'];
    let marks = 0;
    if (METHOD === 'mark') {
      new Mark(document.body).markRegExp(new RegExp(SOURCE, 'giu'), {
        exclude,
        each: () => { marks++; },
        done: () => { void finish(marks); },
      });
    }
    // mark.js as its docs describe a keyword list: one DOM pass per term, longest first, whole phrases.
    if (METHOD === 'mark-terms') {
      new Mark(document.body).mark(TERMS, {
        separateWordSearch: false,
        diacritics: false,
        caseSensitive: false,
        accuracy: 'partially',
        exclude,
        each: () => { marks++; },
        done: () => { void finish(marks); },
      });
    }
  };
  if (METHOD === 'extension') {
    document.addEventListener('leak-lens:scanned', (event) => {
      if (bench.start) return; // later events are incremental rescans; the append probe reads those
      const at = performance.now();
      let detail = {};
      try { detail = JSON.parse(event.detail); } catch (e) { bench.error = 'bad detail: ' + String(event.detail); }
      bench.reportedMs = Number(detail.ms);
      bench.start = at - (Number(detail.ms) || 0);
      void finish(Number(detail.count));
    });
  }
  // Baselines start once the page is loaded and first painted, so they time their own work and the frame
  // that shows it, not the page's first layout.
  const ready = () => {
    bench.domContentLoaded = performance.now();
    const go = () => afterFrame().then(run).catch((e) => { bench.error = String(e); bench.done = true; });
    if (document.readyState === 'complete') void go();
    else window.addEventListener('load', () => void go(), { once: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready, { once: true });
  else ready();
})();
`;

/** The init script for one method; mark.js's source is prepended only for the mark.js methods. */
export function probeScript(
  method: Method,
  regexSource: string,
  markLibrary = '',
  terms: readonly string[] = [],
): string {
  // Function replacers: a `$` in the JSON must not be read as a replacement pattern.
  const probe = PROBE.replace('__METHOD__', () => JSON.stringify(method))
    .replace('__SOURCE__', () => JSON.stringify(regexSource))
    .replace('__TERMS__', () => JSON.stringify(terms));
  return MARK_METHODS.includes(method) ? `${markLibrary}\n;${probe}` : probe;
}

/**
 * Appends paragraphs to #story and resolves when the named highlights stop changing (or a new
 * `leak-lens:scanned` event arrives): the time the extension's incremental rescan takes to show them.
 * Runs in the page via evaluate; arguments: [html, highlight names, settleMs, timeoutMs].
 */
export const APPEND_AND_WAIT = String.raw`async ([html, names, settleMs, timeoutMs]) => {
  const total = () => names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
  // Mentions, when the build reports them (its highlights hold only those near the viewport).
  const reported = window.__bench && window.__bench.count;
  const before = reported || total();
  let eventAt = 0;
  let eventCount = 0;
  const onEvent = (event) => {
    eventAt = performance.now();
    try { eventCount = Number(JSON.parse(event.detail).count) || 0; } catch (e) {}
  };
  document.addEventListener('leak-lens:scanned', onEvent);
  const t0 = performance.now();
  document.getElementById('story').insertAdjacentHTML('beforeend', html);
  // A task posted from a frame callback runs after that frame's style, layout and paint.
  const afterThisFrame = () => new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => r(performance.now());
    channel.port2.postMessage(0);
  });
  let last = total();
  let changedAt = 0;
  let quietFrames = 0;
  while (performance.now() - t0 < timeoutMs) {
    await new Promise((r) => requestAnimationFrame(r));
    const size = total();
    if (size !== last) { last = size; changedAt = await afterThisFrame(); quietFrames = 0; }
    else quietFrames++;
    if (eventAt && changedAt) break;
    // The rescan is done but registered nothing new (the paragraphs are far from the viewport, see
    // lib/highlight/layer.ts): its frame is this one.
    if (eventAt) { changedAt = await afterThisFrame(); break; }
    // Quiet both in time and in frames: on a huge page one frame alone can outlast settleMs.
    if (changedAt && quietFrames >= 5 && performance.now() - changedAt > settleMs) break;
  }
  document.removeEventListener('leak-lens:scanned', onEvent);
  const after = reported && eventCount ? eventCount : last;
  return { before, after, ms: changedAt ? changedAt - t0 : -1, eventMs: eventAt ? eventAt - t0 : -1 };
  // ms: to the painted frame after the last change; eventMs: to a later leak-lens:scanned, if the build sends one.
}`;

/**
 * Appends paragraphs and, with `scan`, runs walk + regex + highlights on the new subtree only: the
 * reference costs (the page's own parse, layout and paint; and that plus the cheapest possible scan).
 */
export const APPEND_REGEX = String.raw`async ([html, scan]) => {
  const story = document.getElementById('story');
  const holder = document.createElement('div');
  const t0 = performance.now();
  holder.innerHTML = html;
  story.append(holder);
  const found = scan ? window.__bench.regexHighlight(holder) : 0;
  const end = await window.__bench.afterFrame();
  return { ms: end - t0, found };
}`;

import { resolve } from 'node:path';
import { BENCH_OUTPUT } from './build';
import { launchWithExtension } from './browser';
import { servePages } from './generate';

/**
 * `tsx test/bench/profile.ts [paragraphs] [extension dir]`: a CPU profile of the bench build's first
 * full pass on one generated page, as the top functions by self time (page-world and content-script
 * code share the renderer's isolate, so the page target's profiler sees both). Non-JS work shows as
 * (program) and (garbage collector); the frame breakdown after it (Long Animation Frames: rendering vs
 * the rest, and how many frames changed the highlights) tells style/layout/paint from script.
 * `--warm` visits the page once before the profiled visit, so the background answers that it is ready and the
 * profile shows the content script's share of a warm pass (extraction, sending, placing).
 * Run `npm run build:bench` first.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

// Main-world probe: long animation frames, and the highlight total at every frame.
const FRAME_PROBE = `
  window.__loaf = []; window.__totals = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push([e.startTime, e.duration, e.renderStart ? e.startTime + e.duration - e.renderStart : 0]); }).observe({ type: 'long-animation-frame', buffered: true });
  const tick = () => { let n = 0; CSS.highlights.forEach((h) => { n += h.size; }); window.__totals.push([performance.now(), n]); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  document.addEventListener('leak-lens:scanned', (e) => { window.__scanned = window.__scanned || [performance.now(), e.detail]; });`;
const FRAME_SUMMARY = `(() => {
  const [end, detail] = window.__scanned; const start = end - JSON.parse(detail).ms;
  const loaf = window.__loaf.filter(([s, d]) => s + d >= start && s <= end);
  const totals = window.__totals.filter(([t]) => t >= start && t <= end + 50);
  return { detail, longFrames: loaf.length, longFrameMs: Math.round(loaf.reduce((a, f) => a + f[1], 0)),
    renderingMs: Math.round(loaf.reduce((a, f) => a + f[2], 0)), longestFrameMs: Math.round(Math.max(0, ...loaf.map((f) => f[1]))),
    framesThatChangedHighlights: totals.filter((x, i) => i > 0 && x[1] !== totals[i - 1][1]).length };
})()`;

const size = Number(process.argv[2] ?? 20_000);
const extension = resolve(process.argv[3] && !process.argv[3].startsWith("--") ? process.argv[3] : BENCH_OUTPUT);
const server = await servePages(1);
const context = await launchWithExtension(extension);
try {
  if (process.argv.includes('--warm')) {
    const first = await context.newPage();
    await first.addInitScript({ content: `document.addEventListener('leak-lens:scanned', () => { window.__scanned = true; });` });
    await first.goto(`${server.url}/page/${size}.html`, { waitUntil: 'domcontentloaded' });
    await first.waitForFunction('window.__scanned', null, { timeout: 120_000, polling: 100 });
    await first.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.addInitScript({ content: FRAME_PROBE });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/page/${size}.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction('window.__scanned', null, { timeout: 120_000, polling: 100 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const frames = (await page.evaluate(FRAME_SUMMARY)) as Record<string, unknown>;
  console.log('first pass:', frames);
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const f = node.callFrame;
    const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  // Inclusive time: every function on the sampled stack, counted once per sample.
  const parent = new Map<number, number>();
  for (const n of profile.nodes as Array<ProfileNode & { children?: number[] }>) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  let contentTotal = 0;
  const keyOf = (node: ProfileNode) => {
    const f = node.callFrame;
    const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${where}`.trim();
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    let ours = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byNode.get(at);
      if (!node || !node.callFrame.url.includes('content')) continue;
      ours = true;
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
    if (ours) contentTotal += dt;
  });
  if (process.argv.includes('--inclusive')) {
    console.log(`content script JS in all: ${contentTotal.toFixed(0)} ms; top inclusive time:`);
    for (const [key, ms] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`total sampled ${total.toFixed(0)} ms; top self time:`);
  for (const [key, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${(ms / total * 100).toFixed(1).padStart(5)}%  ${key}`);
} finally {
  await context.close();
  await server.close();
}

import { resolve } from 'node:path';
import { BENCH_OUTPUT } from './build';
import { launchWithExtension } from './browser';
import { servePages } from './generate';

/**
 * `tsx test/bench/profile.ts [paragraphs] [extension dir]`: a CPU profile of the bench build's first
 * full pass on one generated page, as the top functions by self time (page-world and content-script
 * code share the renderer's isolate, so the page target's profiler sees both). Non-JS work shows as
 * (program) and (garbage collector). Run `npm run build:bench` first.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const size = Number(process.argv[2] ?? 20_000);
const extension = resolve(process.argv[3] ?? BENCH_OUTPUT);
const server = await servePages(1);
const context = await launchWithExtension(extension);
try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.addInitScript({
    content: `document.addEventListener('leak-lens:scanned', (e) => { window.__scanned = window.__scanned || e.detail; });`,
  });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/page/${size}.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction('window.__scanned', null, { timeout: 120_000, polling: 100 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log(`scanned: ${String(await page.evaluate('window.__scanned'))}`);
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
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`total sampled ${total.toFixed(0)} ms; top self time:`);
  for (const [key, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${(ms / total * 100).toFixed(1).padStart(5)}%  ${key}`);
} finally {
  await context.close();
  await server.close();
}

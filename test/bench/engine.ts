/**
 * Node micro-benchmark of the detection engine: `npx tsx test/bench/engine.ts [paragraphs] [runs]`.
 *
 * Times detect() on the text of a generated news page (test/bench/generate.ts, 20k paragraphs by default,
 * extracted with lib/extract through linkedom) and on the seed article; the first call (lexicon compile);
 * the content script's way of calling it (slices of blocks with the page context, as scan-session does);
 * allocations per call (heap and array buffers, no GC in between, and GCs that ran); and a CPU profile
 * (inspector) of where detect's time goes, as the top functions by self time.
 * It re-runs itself under `node --expose-gc` with a large young generation so allocation figures are exact.
 * The engine is bundled with esbuild first, as the extension's build bundles it: tsx's transform keeps
 * function names by wrapping every closure, which costs time the shipped code does not pay
 * (`--source` times the TypeScript sources through tsx instead).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { DetectOptions, DocumentContext } from '../../lib/engine/index';
import { extractText } from '../../lib/extract/dom-text';
import { plainTextDocument } from '../../lib/extract/plain-text';
import type { DocumentText, Mention } from '../../lib/types';
import { generatePage } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  // Re-exec with the flags the allocation figures need; tsx stays the loader.
  const args = ['--expose-gc', '--min-semi-space-size=128', '--max-semi-space-size=256', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
const collect = gc as () => void;

const numbers = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const paragraphs = numbers[0] ?? 20_000;
const runs = numbers[1] ?? 7;
const fromSource = process.argv.includes('--source');
const MB = 1 << 20;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (ms: number) => ms.toFixed(1).padStart(7);
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

// The first call: module load (JSON), lexicon validation/compile. Measured before anything warms the JIT.
type Engine = typeof import('../../lib/engine/index');
async function bundledEngine(): Promise<string> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'leak-lens-engine-'));
  const outfile = join(dir, 'engine.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../../lib/engine/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'error',
  });
  return pathToFileURL(outfile).href;
}
const engineUrl = fromSource ? '../../lib/engine/index' : await bundledEngine();
let t = performance.now();
const engine = (await import(engineUrl)) as Engine;
const loadMs = performance.now() - t;
t = performance.now();
engine.defaultDetector();
const compileMs = performance.now() - t;

const html = generatePage(paragraphs);
const { document } = parseHTML(html);
const page: DocumentText = extractText(document as unknown as Document);
const pageDoc: DocumentText = { text: page.text, blocks: page.blocks };
const seed = plainTextDocument(readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8'));

console.log(`engine: ${fromSource ? 'TypeScript sources through tsx' : 'bundled with esbuild'}`);
console.log(`engine module load ${loadMs.toFixed(1)} ms; first defaultDetector() (lexicon → automaton) ${compileMs.toFixed(1)} ms`);
console.log(`page: ${paragraphs} paragraphs, ${mb(page.text.length)} of text (${(page.text.length / 1e6).toFixed(2)} M chars), ${page.blocks.length} blocks`);
console.log(`seed article: ${seed.text.length} chars, ${seed.blocks.length} blocks\n`);

function timeRuns(doc: DocumentText, count: number, options?: DetectOptions): { ms: number[]; mentions: Mention[] } {
  const ms: number[] = [];
  let mentions: Mention[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    mentions = engine.detect(doc, options);
    ms.push(performance.now() - started);
  }
  return { ms, mentions };
}

// Warm-up on both inputs so the JIT has seen every path.
timeRuns(pageDoc, 2);
timeRuns(seed, 50);

const pageRuns = timeRuns(pageDoc, runs);
const pageMedian = median(pageRuns.ms);
console.log(`detect(page)   median ${fmt(pageMedian)} ms (min ${Math.min(...pageRuns.ms).toFixed(1)})  (${(pageMedian / (page.text.length / MB)).toFixed(1)} ms/MB; runs ${pageRuns.ms.map((x) => x.toFixed(0)).join(' ')}) → ${pageRuns.mentions.length} mentions`);
const seedRuns = timeRuns(seed, 200);
const seedMedian = median(seedRuns.ms);
console.log(`detect(seed)   median ${fmt(seedMedian)} ms  (${(seedMedian / (seed.text.length / MB)).toFixed(1)} ms/MB) → ${seedRuns.mentions.length} mentions`);

/** The content script's first pass: slices of ~SLICE chars with a neighbour each side and the context so far. */
function slicedPass(doc: DocumentText, sliceChars: number): { total: number; longest: number; longestAt: number; slices: number; mentions: number } {
  const context: DocumentContext = { entities: {}, topics: {} };
  let total = 0;
  let longest = 0;
  let longestAt = 0;
  let slices = 0;
  let mentions = 0;
  for (let i = 0; i < doc.blocks.length; ) {
    const first = i;
    let taken = 0;
    for (; i < doc.blocks.length && (taken < sliceChars || i === first); i++) taken += doc.blocks[i]!.end - doc.blocks[i]!.start;
    const lo = Math.max(0, first - 1);
    const hi = Math.min(doc.blocks.length, i + 1);
    const wanted: number[] = [];
    for (let k = first; k < i; k++) wanted.push(k - lo);
    const started = performance.now();
    const found = engine.detect({ text: doc.text, blocks: doc.blocks.slice(lo, hi) }, { blocks: wanted, context });
    const elapsed = performance.now() - started;
    total += elapsed;
    if (elapsed > longest) longestAt = slices;
    longest = Math.max(longest, elapsed);
    slices++;
    mentions += found.length;
    const counts = engine.summarize(found);
    for (const [k, n] of Object.entries(counts.entities)) context.entities[k as keyof typeof context.entities] = (context.entities[k as keyof typeof context.entities] ?? 0) + (n ?? 0);
    for (const [k, n] of Object.entries(counts.topics)) context.topics[k as keyof typeof context.topics] = (context.topics[k as keyof typeof context.topics] ?? 0) + (n ?? 0);
  }
  return { total, longest, longestAt, slices, mentions };
}
for (const slice of [5_000, 20_000, 40_000, 200_000]) {
  const passes = Array.from({ length: 5 }, () => slicedPass(pageDoc, slice));
  const best = passes.map((p) => p.total);
  const p = passes[0]!;
  console.log(`sliced pass (${slice / 1000}k chars): median ${fmt(median(best))} ms (min ${Math.min(...best).toFixed(1)}) over ${p.slices} slices, longest slice ${median(passes.map((x) => x.longest)).toFixed(1)} ms (#${passes.map((x) => x.longestAt).join(',')}) → ${p.mentions} mentions`);
}

// Allocations of one detect(page): heap and array buffers grown with no GC in between (large young
// generation), plus every GC that ran anyway.
const gcs: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcs.push(entry.duration);
});
observer.observe({ entryTypes: ['gc'] });
const allocation = (doc: DocumentText) => {
  collect();
  const before = process.memoryUsage();
  gcs.length = 0;
  engine.detect(doc);
  const after = process.memoryUsage();
  const heap = after.heapUsed - before.heapUsed;
  const buffers = after.arrayBuffers - before.arrayBuffers;
  return { heap, buffers, gcCount: gcs.length };
};
await new Promise((r) => setTimeout(r, 10));
const alloc = allocation(pageDoc);
await new Promise((r) => setTimeout(r, 10)); // let GC entries arrive
console.log(`\nallocated by one detect(page): heap ${mb(alloc.heap)}, array buffers ${mb(alloc.buffers)}, GCs during it: ${gcs.length} (${gcs.reduce((a, b) => a + b, 0).toFixed(1)} ms)`);
observer.disconnect();

// CPU profiles: where detect's time goes, as the top functions by self time.
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
async function profileOf(label: string, work: () => void): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  work();
  const { profile } = (await session.post('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  session.disconnect();
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  // V8 builtins (no script) are charged to their JavaScript caller too, so "dispatch" says whose it is.
  const viaCaller = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = frame.url ? ` ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    if (!frame.url && !frame.functionName.startsWith('(')) {
      let caller = parentOf.get(id);
      while (caller && !caller.callFrame.url) caller = parentOf.get(caller.id);
      const via = `${key} ← ${caller?.callFrame.functionName || '?'}`;
      viaCaller.set(via, (viaCaller.get(via) ?? 0) + dt);
    }
    total += dt;
  });
  console.log(`\nCPU profile of ${label}, ${total.toFixed(0)} ms sampled; top self time:`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)) {
    console.log(`${fmt(ms)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
  console.log('builtins by caller:');
  for (const [key, ms] of [...viaCaller.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
    console.log(`${fmt(ms)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
}
await profileOf('3 × detect(page)', () => timeRuns(pageDoc, 3));
await profileOf('3 sliced passes (20k chars)', () => {
  for (let i = 0; i < 3; i++) slicedPass(pageDoc, 20_000);
});

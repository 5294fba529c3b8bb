import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { BENCH_OUTPUT, PROJECT_ROOT, buildBench } from './build';
import { heapUsedAfterGc, launchPlain, launchWithExtension } from './browser';
import { PAGE_SIZES, generateParagraphs, servePages } from './generate';
import { CATEGORY_HIGHLIGHTS } from '../../lib/highlight/names';
import { APPEND_AND_WAIT, APPEND_REGEX, probeScript, type Method, type ProbeResult } from './page-probe';
import { type AppendResult, type BenchResults, renderReport, type Sample } from './report';
import { fmt, longestTaskIn } from './table';
import { STORY_TERMS, storyRegexSource } from './terms';
import { tracedLoad } from './trace-load';
import type { TaskSummary } from './trace-tasks';

/**
 * `npm run bench`: on generated pages of 1k, 5k and 20k paragraphs, side by side in one run:
 *   walk       a bare TreeWalker over text nodes
 *   regex      walk + one combined regular expression + CSS highlights of the matches
 *   mark.js    mark.js highlighting the same terms (it wraps matches in <mark>), two ways:
 *              mark(terms) as its docs describe a keyword list, and markRegExp(our one combined regex)
 *   extension  the bench build, from its first full pass to the frame that shows the highlights
 * Each figure is the median of several runs; ratios are to walk + regex, on own work and end to end.
 * After the timed runs, TRACED_LOADS more loads of the extension under a Chromium trace say whose the long
 * tasks were (ours, or Chromium's rendering): the longtask API cannot tell.
 * Flags: --runs N, --sizes 1000,5000, --no-build, --extension DIR (bench another unpacked build), --json FILE,
 * --traced N (traced loads per size, 0 for none).
 */

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runsFlag = Number(flag('--runs') ?? Number.NaN);
const sizes = (flag('--sizes')?.split(',').map(Number) ?? [...PAGE_SIZES]).filter((n) => n > 0);
const runsFor = (size: number) => (Number.isFinite(runsFlag) ? runsFlag : size >= 20_000 ? 3 : 5);
const SEED = 1;
const EXTENSION_DIR = resolve(flag('--extension') ?? BENCH_OUTPUT);
const APPEND = 100;
const TRACED_LOADS = Number(flag('--traced') ?? 3);
const SOURCE = storyRegexSource();
const MARK_JS = readFileSync(resolve(PROJECT_ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

/** A page-function source applied to JSON arguments; Playwright only calls real functions with an arg. */
const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg)})`;

const timeoutFor = (size: number) => 20_000 + size * 3;
/** mark(terms) walks the page once per term: allow 1 ms per paragraph per term. */
const markTermsTimeout = (size: number) => 20_000 + size * STORY_TERMS.length;
const probeTimeout = (method: Method, size: number) =>
  method === 'extension' ? timeoutFor(size) / 2 : method === 'mark-terms' ? markTermsTimeout(size) : timeoutFor(size);

async function measure(context: BrowserContext, url: string, method: Method, size: number, withHeap: boolean) {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: probeScript(method, SOURCE, MARK_JS, STORY_TERMS) });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutFor(size) });
    await page.waitForFunction('window.__bench && window.__bench.done', null, {
      timeout: probeTimeout(method, size),
      polling: 50,
    });
    const r = (await page.evaluate(
      '(({ done, error, start, end, count, reportedMs, domContentLoaded, longTasks }) => ({ done, error, start, end, count, reportedMs, domContentLoaded, longTasks }))(window.__bench)',
    )) as ProbeResult;
    if (r.error) throw new Error(`${method}: ${r.error}`);
    const sample: Sample = {
      work: r.end - r.start,
      navToDone: r.end,
      longestTask: longestTaskIn(r.longTasks, r.start, r.end),
      count: r.count,
      heap: withHeap ? await heapUsedAfterGc(page) : Number.NaN,
      ...(r.reportedMs === undefined ? {} : { reportedMs: r.reportedMs }),
    };
    return { page, sample };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** Why the extension column is empty, or undefined when the build carries the completion signal. */
function extensionNotReady(): string | undefined {
  const dir = resolve(EXTENSION_DIR, 'content-scripts');
  if (!existsSync(dir)) return 'the bench build has no content script';
  const signalled = readdirSync(dir).some(
    (f) => f.endsWith('.js') && readFileSync(resolve(dir, f), 'utf8').includes('leak-lens:scanned'),
  );
  return signalled ? undefined : 'the bench build does not dispatch leak-lens:scanned yet';
}

async function main() {
  if (!args.includes('--no-build') && !flag('--extension')) {
    process.stdout.write('Building the bench extension… ');
    buildBench(true);
    console.log('done');
  }
  let notReady = extensionNotReady();
  const server = await servePages(SEED);
  const plain = await launchPlain();
  const plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
  const extContext = notReady ? undefined : await launchWithExtension(EXTENSION_DIR);
  const methods: Method[] = ['walk', 'regex', 'mark-terms', 'mark'];
  const samples = new Map<string, Sample[]>();
  const add = (size: number, method: Method, s: Sample) => {
    const key = `${size}:${method}`;
    samples.set(key, [...(samples.get(key) ?? []), s]);
  };
  const append: Record<number, AppendResult> = {};
  const traced: Record<number, TaskSummary[]> = {};
  const started = Date.now();
  try {
    for (const size of sizes) {
      const url = `${server.url}/page/${size}.html`;
      const appended = generateParagraphs(APPEND, SEED, size).join('\n');
      // Reference heap: the same page with nothing run on it.
      const none = await measure(plainContext, url, 'none', size, true);
      const baseHeap = none.sample.heap;
      const dcl = none.sample.navToDone;
      const appendOnly = (await none.page.evaluate(call(APPEND_REGEX, [appended, false]))) as { ms: number };
      await none.page.close();
      const regexAppend: number[] = [];
      const extAppend: number[] = [];
      let extAppendFound = '';
      const runs = runsFor(size);
      for (let run = 0; run < runs; run++) {
        const last = run === runs - 1;
        for (const method of methods) {
          const { page, sample } = await measure(plainContext, url, method, size, last);
          add(size, method, { ...sample, heap: sample.heap - baseHeap });
          if (method === 'regex') {
            const r = (await page.evaluate(call(APPEND_REGEX, [appended, true]))) as { ms: number };
            regexAppend.push(r.ms);
          }
          await page.close();
        }
        if (extContext && !notReady) {
          try {
            const { page, sample } = await measure(extContext, url, 'extension', size, last);
            add(size, 'extension', { ...sample, heap: sample.heap - baseHeap });
            {
              const r = (await page.evaluate(call(APPEND_AND_WAIT, [appended, CATEGORY_HIGHLIGHTS, 300, 10_000]))) as {
                before: number;
                after: number;
                ms: number;
                eventMs: number;
              };
              extAppend.push(r.eventMs >= 0 ? Math.max(r.eventMs, r.ms) : r.ms);
              extAppendFound = `${r.before} → ${r.after}`;
            }
            await page.close();
          } catch (error) {
            notReady = `no leak-lens:scanned within ${timeoutFor(size) / 2000} s on ${size} paragraphs (${
              error instanceof Error ? error.message.split('\n')[0] : String(error)
            })`;
          }
        }
      }
      append[size] = { extension: extAppend, found: extAppendFound, pageAlone: appendOnly.ms, regex: regexAppend };
      if (extContext && !notReady) {
        traced[size] = [];
        for (let load = 0; load < TRACED_LOADS; load++) traced[size].push(await tracedLoad(extContext, url, timeoutFor(size)));
      }
      console.log(`  ${size} paragraphs: ${runs} runs, DOMContentLoaded at ${fmt(dcl, 0)} ms`);
    }
  } finally {
    await plain.close();
    await extContext?.close();
    await server.close();
  }

  const results: BenchResults = {
    sizes,
    runs: Object.fromEntries(sizes.map((s) => [s, runsFor(s)])),
    samples: Object.fromEntries(samples),
    append,
    traced,
    appended: APPEND,
    seconds: (Date.now() - started) / 1000,
    ...(notReady ? { notReady } : {}),
  };
  console.log('');
  console.log(renderReport(results));

  const jsonFile = flag('--json');
  if (jsonFile) {
    mkdirSync(resolve(jsonFile, '..'), { recursive: true });
    writeFileSync(jsonFile, JSON.stringify(results, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

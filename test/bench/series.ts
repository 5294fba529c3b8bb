import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { BENCH_OUTPUT, buildBench } from './build';
import { launchWithExtension } from './browser';
import { servePages } from './generate';
import { fmt, median } from './table';

/**
 * `npm run bench:series [-- --fresh N --series M --sizes 1000,5000 --no-build --extension DIR]`: how long the
 * extension's first full pass takes (its `leak-lens:scanned` ms) depending on what the browser did before:
 *   fresh    a new browser for each page: the extension and its background have just started, so the page
 *            reads itself while the background wakes up (the first page after the background slept)
 *   series   one browser, M pages in a row: from the second page on the background answers that it is ready
 *            and its engine warms up (someone reading one article after another)
 *   woken    one browser, N times: the background is stopped (as Chromium stops it after 30 s idle), then a
 *            page loads (the first page after the background slept: the tab's loading wakes it), then the
 *            page after that (someone coming back to the browser after a while)
 * `npm run bench` interleaves the baselines between the extension's runs, so its figures sit in between.
 * `--extension DIR` measures another unpacked bench build (e.g. an older commit's) the same way.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const fresh = Number(flag('--fresh') ?? 3);
const series = Number(flag('--series') ?? 6);
const woken = Number(flag('--woken') ?? 3);
const sizes = (flag('--sizes')?.split(',').map(Number) ?? [1000, 5000, 20000]).filter((n) => n > 0);
const extension = resolve(flag('--extension') ?? BENCH_OUTPUT);

const WAIT_FOR_SCAN = `document.addEventListener('leak-lens:scanned', (e) => { window.__scanned = window.__scanned || e.detail; });`;

async function scanMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: WAIT_FOR_SCAN });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction('window.__scanned', null, { timeout: 120_000, polling: 50 });
    const detail = (await page.evaluate('window.__scanned')) as string;
    return Number((JSON.parse(detail) as { ms: number }).ms);
  } finally {
    await page.close();
  }
}

/** Stops the extension's background, as Chromium does once it has been idle for 30 s. */
async function stopBackground(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const target of targetInfos) {
      if (target.type === 'service_worker' && target.url.startsWith('chrome-extension://')) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    }
  } finally {
    await page.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

async function main() {
  if (!args.includes('--no-build') && !flag('--extension')) buildBench(true);
  const server = await servePages(1);
  try {
    console.log(
      '| paragraphs | fresh browser, first page ms (each) | pages in a row ms (1st … last) | in a row, 2nd page on: median | background woken: first page, next page ms (each) | woken: median first / next |',
    );
    console.log('| ---------- | ----------------------------------- | ------------------------------ | ----------------------------: | ------------------------------------------------- | -------------------------: |');
    for (const size of sizes) {
      const url = `${server.url}/page/${size}.html`;
      const cold: number[] = [];
      for (let i = 0; i < fresh; i++) {
        const context = await launchWithExtension(extension);
        try {
          cold.push(await scanMs(context, url));
        } finally {
          await context.close();
        }
      }
      const row: number[] = [];
      const context = await launchWithExtension(extension);
      try {
        for (let i = 0; i < series; i++) row.push(await scanMs(context, url));
      } finally {
        await context.close();
      }
      const first: number[] = [];
      const next: number[] = [];
      if (woken > 0) {
        const again = await launchWithExtension(extension);
        try {
          await scanMs(again, url); // the browser and its page processes are up
          for (let i = 0; i < woken; i++) {
            await stopBackground(again);
            first.push(await scanMs(again, url));
            next.push(await scanMs(again, url));
          }
        } finally {
          await again.close();
        }
      }
      const list = (values: number[]) => values.map((v) => fmt(v, 0)).join(' ');
      const pairs = first.map((v, i) => `${fmt(v, 0)}, ${fmt(next[i]!, 0)}`).join('; ');
      const wokenMedians = first.length > 0 ? `${fmt(median(first), 0)} / ${fmt(median(next), 0)}` : '—';
      console.log(`| ${size} | ${list(cold)} | ${list(row)} | ${fmt(median(row.slice(1)), 0)} | ${pairs || '—'} | ${wokenMedians} |`);
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildBench } from './build';
import { launchWithExtension } from '../e2e/support/extension';

/**
 * `npx tsx test/bench/popup.ts [runs]`: how fast the popup opens on a page with about 500 mentions.
 * Builds the benchmark build, serves one generated article, waits until the page is highlighted, then opens
 * popup.html?tabId=N repeatedly and reads, in the popup: first contentful paint (the first render), and
 * the `leak-lens:popup-ready` mark (the page's summary, figure check and facts on screen; set after the
 * render commits). Prints median and worst of each, in milliseconds from the popup's navigation start.
 */

const SENTENCES = [
  'Anthropic said the Claude Code leak exposed about 512,000 lines of code.',
  'DeepSeek, Moonshot AI and MiniMax were named in the distillation accusations.',
  'Dario Amodei defended export controls on China.',
  'The leak was first flagged by Chaofan Shou on X.',
];

function article(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} Paragraph ${i + 1}.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Popup benchmark</title></head><body><article>${body}</article></body></html>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  const runs = Number(process.argv[2] ?? 15);
  const extensionDir = buildBench(true);
  const html = article(185);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const { context, extensionId, serviceWorker } = await launchWithExtension(extensionDir);
  try {
    const page = await context.newPage();
    await page.goto(url);
    const highlighted = () =>
      page.evaluate(() =>
        ['leak', 'distillation', 'policy', 'company', 'person'].reduce((sum, c) => sum + (CSS.highlights.get(`leak-lens-${c}`)?.size ?? 0), 0),
      );
    await page.waitForFunction(
      () => ['leak', 'distillation', 'policy', 'company', 'person'].reduce((sum, c) => sum + (CSS.highlights.get(`leak-lens-${c}`)?.size ?? 0), 0) >= 500,
      undefined,
      { timeout: 30_000 },
    ).catch(async () => {
      throw new Error(`the page has only ${await highlighted()} highlights after 30 s`);
    });
    await page.bringToFront();
    const tabId = await serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    const paints: number[] = [];
    const ready: number[] = [];
    let mentions = 0;
    for (let i = 0; i < runs + 1; i++) {
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => performance.getEntriesByName('leak-lens:popup-ready').length > 0, undefined, { timeout: 10_000 });
      const timing = await popup.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName('leak-lens:popup-ready')[0]?.startTime ?? NaN,
        heading: document.querySelector('[data-state="mentions"] h2')?.textContent ?? '',
      }));
      mentions = Number(/\d+/.exec(timing.heading)?.[0] ?? 0);
      if (i === 0) continue; // the first opening also compiles the bundle; report warm openings
      if (Number.isFinite(timing.paint)) paints.push(timing.paint);
      ready.push(timing.ready);
    }
    console.log(`Popup on a page with ${mentions} mentions, ${runs} openings (ms from navigation start):`);
    console.log(`  first render (first contentful paint, ${paints.length} recorded): median ${median(paints).toFixed(1)}, worst ${Math.max(...paints).toFixed(1)}`);
    console.log(`  summary ready (leak-lens:popup-ready): median ${median(ready).toFixed(1)}, worst ${Math.max(...ready).toFixed(1)}`);
  } finally {
    await context.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

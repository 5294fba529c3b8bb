/**
 * `npm start`: build the extension, serve the bundled demo articles, open Chromium with the extension.
 *   With a display (DISPLAY set, not CI): a normal window on both articles, until Ctrl-C or the window closes.
 *   Without one: headless; screenshots of each highlighted article and of the hover card go to demo-output/
 *   (and, with --update-screenshots, to assets/screenshots/ for the README), then a one-screen summary.
 * Flags: --headless (force headless), --no-build, --update-screenshots.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { detect } from '../engine/index';
import { CATEGORY_HIGHLIGHTS, highlightName } from '../highlight/names';
import { documentFromFile } from '../scan/input';
import { CATEGORIES } from '../types';
import { cardHostPresent, pointAtMention, readHighlights, totalHighlights } from './demo-probe';
import { DEMO_DIR, DEMO_PAGES, PROJECT_ROOT, serveDemo, type DemoPage } from './demo-pages';
import { emptyCounts, emptySamples, formatFindings, type PageFindings } from './demo-summary';

const args = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = resolve(PROJECT_ROOT, '.output/chrome-mv3');
const OUT_DIR = resolve(PROJECT_ROOT, 'demo-output');
const README_SHOTS = resolve(PROJECT_ROOT, 'assets/screenshots');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !args.includes('--headless');

function build(): void {
  console.log('Building the extension (wxt build)…');
  const wxt = resolve(PROJECT_ROOT, 'node_modules/.bin/wxt');
  const result = spawnSync(wxt, ['build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error('wxt build failed');
  }
}

function launch(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  const common = ['--no-first-run', '--disable-background-networking', '--disable-component-update'];
  const extension = [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`];
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 860 },
    args: headed ? [...common, ...extension] : ['--headless=new', '--no-sandbox', ...common, ...extension],
  });
}

/** Waits until the highlight count has been stable for a while (the production build sends no signal). */
async function settledHighlights(page: Page, timeoutMs = 8000): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    const total = (await page.evaluate(totalHighlights(CATEGORY_HIGHLIGHTS))) as number;
    if (total !== last) {
      last = total;
      stableSince = Date.now();
    } else if (total > 0 && Date.now() - stableSince > 700) return total;
    await page.waitForTimeout(150);
  }
  return last;
}

/** The engine's view of the same file, for when the content script highlighted nothing. */
function engineFindings(demo: DemoPage, findings: PageFindings): PageFindings {
  const { doc } = documentFromFile(demo.file, readFileSync(resolve(DEMO_DIR, demo.file)));
  const counts = emptyCounts();
  const samples = emptySamples();
  const mentions = detect(doc);
  for (const m of mentions) {
    counts[m.category]++;
    if (!samples[m.category].includes(m.text)) samples[m.category].push(m.text);
  }
  const otherSenses: Record<string, boolean> = {};
  for (const phrase of demo.otherSenses) {
    const at = doc.text.indexOf(phrase);
    otherSenses[phrase] = at >= 0 && mentions.some((m) => m.start < at + phrase.length && m.end > at);
  }
  return { ...findings, source: 'engine', counts, samples, otherSenses };
}

async function capture(context: BrowserContext, baseUrl: string, demo: DemoPage): Promise<PageFindings> {
  const page = await context.newPage();
  const url = `${baseUrl}/${demo.file}`;
  await page.goto(url, { waitUntil: 'load' });
  const total = await settledHighlights(page);
  const read = (await page.evaluate(readHighlights(CATEGORY_HIGHLIGHTS, demo.otherSenses))) as {
    counts: Record<string, number>;
    samples: Record<string, string[]>;
    touched: Record<string, boolean>;
  };
  const findings: PageFindings = {
    label: demo.label,
    url,
    source: 'extension',
    counts: emptyCounts(),
    samples: emptySamples(),
    otherSenses: read.touched,
    screenshots: [],
  };
  for (const category of CATEGORIES) {
    findings.counts[category] = read.counts[highlightName(category)] ?? 0;
    findings.samples[category] = read.samples[highlightName(category)] ?? [];
  }
  const pageShot = resolve(OUT_DIR, `${demo.id}-page.png`);
  await page.screenshot({ path: pageShot, fullPage: true });
  findings.screenshots.push(relative(process.cwd(), pageShot));
  if (total <= 0) {
    await page.close();
    return engineFindings(demo, findings);
  }
  // Hover a person or company mention, the way a reader would: the card hit-tests the pointer position.
  const point = (await page.evaluate(
    pointAtMention(['person', 'company', 'leak'].map((c) => `leak-lens-${c}`)),
  )) as { x: number; y: number; text: string } | null;
  if (point) {
    await page.mouse.move(5, 5);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.waitForTimeout(900);
    const cardShot = resolve(OUT_DIR, `${demo.id}-card.png`);
    await page.screenshot({ path: cardShot });
    const host = (await page.evaluate(cardHostPresent)) as boolean;
    findings.screenshots.push(
      `${relative(process.cwd(), cardShot)} (hover on “${point.text}”${host ? '' : '; no card host found in the page'})`,
    );
  }
  await page.close();
  return findings;
}

async function runHeadless(context: BrowserContext, baseUrl: string): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const all: PageFindings[] = [];
  for (const demo of DEMO_PAGES) all.push(await capture(context, baseUrl, demo));
  console.log('');
  console.log(formatFindings(all));
  if (args.includes('--update-screenshots')) {
    mkdirSync(README_SHOTS, { recursive: true });
    for (const demo of DEMO_PAGES) {
      for (const kind of ['page', 'card']) {
        const from = resolve(OUT_DIR, `${demo.id}-${kind}.png`);
        if (existsSync(from)) copyFileSync(from, resolve(README_SHOTS, `${demo.id}-${kind}.png`));
      }
    }
    console.log(`Screenshots copied to ${relative(process.cwd(), README_SHOTS)}/`);
  }
  if (all.some((p) => p.source === 'engine')) {
    console.log('The extension highlighted nothing on at least one page: the summary above comes from the engine.');
    process.exitCode = 1;
  }
}

async function runHeaded(context: BrowserContext, baseUrl: string): Promise<void> {
  const [first] = context.pages();
  for (const [i, demo] of DEMO_PAGES.entries()) {
    const page = i === 0 && first ? first : await context.newPage();
    await page.goto(`${baseUrl}/${demo.file}`);
  }
  console.log(`Chromium is open with Leak Lens on ${baseUrl}/ (English and Chinese articles).`);
  console.log('Hover a highlighted name for its card; press Ctrl-C here (or close the window) to stop.');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.once('SIGINT', () => done());
  });
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) build();
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION}`);
  const server = await serveDemo();
  const context = await launch();
  try {
    if (headed) await runHeaded(context, server.url);
    else {
      console.log(`No display${process.env.CI ? ' (CI)' : ''}: running headless, screenshots go to ${relative(process.cwd(), OUT_DIR)}/`);
      await runHeadless(context, server.url);
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

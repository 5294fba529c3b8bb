/**
 * Firefox smoke test: loads the Firefox build into firefox-esr through puppeteer-core (WebDriver BiDi)
 * and checks that the content script highlights fixture articles, opens its card, follows growing pages and frames
 * and leaves editors alone (page-checks.ts), and that the popup and options pages work (popup-checks.ts).
 * Run with `npx tsx test/e2e-firefox/run.ts`
 * (add `--report FILE` to write {"passed":N,"failed":N}; SKIP_BUILD=1 reuses .output/firefox-mv3).
 * Prints one line per check in node:test style and exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startFixtureServer } from '../e2e/support/server';
import { PAGE_CHECKS } from './page-checks';
import { POPUP_CHECKS } from './popup-checks';
import { FIXED_UUID, GECKO_ID, sizes, waitFor, type Check } from './support';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = resolve(ROOT, '.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const CHECKS: Check[] = [
  {
    name: 'highlights an English article in every category',
    async run({ page, url }) {
      await page.goto(url('english.html'));
      const found = await waitFor(() => sizes(page), (s) => Object.values(s).every((n) => n > 0));
      if ((found.company ?? 0) < 5) throw new Error(`too few company highlights: ${JSON.stringify(found)}`);
    },
  },
  {
    name: 'highlights a Chinese article',
    async run({ page, url }) {
      await page.goto(url('chinese.html'));
      await waitFor(() => sizes(page), (s) => (s.company ?? 0) > 3 && (s.distillation ?? 0) > 0);
    },
  },
  {
    name: 'highlights nothing on hard negatives',
    async run({ page, url }) {
      await page.goto(url('negatives.html'));
      await new Promise((r) => setTimeout(r, 1000));
      const found = await sizes(page);
      if (Object.values(found).some((n) => n > 0)) throw new Error(`unexpected highlights: ${JSON.stringify(found)}`);
    },
  },
  ...PAGE_CHECKS,
  ...POPUP_CHECKS,
];

async function main(): Promise<number> {
  const reportIndex = process.argv.indexOf('--report');
  const report = reportIndex > 0 ? process.argv[reportIndex + 1] : undefined;
  if (!process.env.SKIP_BUILD || !existsSync(BUILD)) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'ignore' });
  }
  const server = await startFixtureServer();
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  console.log('TAP version 13');
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }) },
    });
    await browser.installExtension(BUILD);
    const page = await browser.newPage();
    for (const [i, check] of CHECKS.entries()) {
      try {
        await check.run({ browser, page, url: server.url });
        passed++;
        console.log(`ok ${i + 1} - ${check.name}`);
      } catch (error) {
        failed++;
        console.log(`not ok ${i + 1} - ${check.name}\n  # ${String(error).split('\n')[0]}`);
      }
    }
  } catch (error) {
    failed++;
    console.log(`not ok - firefox could not start with the extension\n  # ${String(error).split('\n')[0]}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
  console.log(`1..${passed + failed}\n# pass ${passed}\n# fail ${failed}`);
  if (report) {
    mkdirSync(dirname(resolve(report)), { recursive: true });
    writeFileSync(report, JSON.stringify({ passed, failed }));
  }
  return failed === 0 ? 0 : 1;
}

process.exit(await main());

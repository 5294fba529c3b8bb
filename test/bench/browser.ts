import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** System Chromium only: the benchmark never downloads a browser (TOOLCHAIN: never `playwright install`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const BENCH_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: BENCH_FLAGS });
}

/** A persistent context is the only way Chromium loads an unpacked extension. */
export function launchWithExtension(extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BENCH_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

/** V8 heap in use after a forced GC, in bytes. Content scripts run in the page's isolate, so they count here. */
export async function heapUsedAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

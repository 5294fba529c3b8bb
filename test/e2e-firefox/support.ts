import type { Browser, Page } from 'puppeteer-core';

/** What every Firefox check receives: the browser, a shared page, and the fixture server's URL maker. */
export interface CheckContext {
  browser: Browser;
  page: Page;
  url(path: string): string;
}

export interface Check {
  name: string;
  run(context: CheckContext): Promise<void>;
}

export const GECKO_ID = 'leak-lens@example.org';
export const FIXED_UUID = '3b1f6d1e-2a57-4c1e-9d5e-6c7a1f0b9e42';

export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > until) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** Sizes of the five highlight registries of a page (zero when a category has none). */
export const sizes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['leak', 'distillation', 'policy', 'company', 'person'].map((c) => [c, CSS.highlights.get(`leak-lens-${c}`)?.size ?? 0]),
    ),
  );

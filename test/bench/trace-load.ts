import type { BrowserContext } from '@playwright/test';
import { summariseTasks, taskShares, type TraceEvent, type TaskSummary } from './trace-tasks';

/** Trace categories that name scripts (EvaluateScript, FunctionCall) and the frame's stages. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'];

/**
 * Loads `url` in a new tab of the extension's browser under a Chromium trace, until the bench build's
 * first `leak-lens:scanned` and a short settle after it, and says whose its long tasks were.
 * The trace slows the page a little, so these figures are an upper bound on the untraced run's.
 */
export async function tracedLoad(context: BrowserContext, url: string, timeoutMs: number): Promise<TaskSummary> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.addInitScript({
      content: `document.addEventListener('leak-lens:scanned', () => { window.__tracedScan = true; }, { once: true });`,
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.waitForFunction('window.__tracedScan === true', null, { timeout: timeoutMs, polling: 50 });
    // The frames that paint the last answers come after the event.
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end');
    await complete;
    return summariseTasks(taskShares(events, 'chrome-extension://'));
  } finally {
    await page.close();
  }
}

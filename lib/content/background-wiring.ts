import { browser } from 'wxt/browser';
import { z } from 'zod';
import { once } from '../built-on-first-use';
import { dataset } from '../dataset/index';
import { defaultDetector } from '../engine';
import { parseMessage, type PrepareReply } from '../messaging/protocol';
import { BadgeCounts, badgeText } from './badge';
import { DetectService } from './detect-service';
import { EngineWarmUp, warmUpSamples } from './engine-warmup';
import { DETECT_PORT } from './port-sender';
import type { Direction } from './navigation';

/**
 * The background's share of the content-script feature: the toolbar badge (sum of the tab's frame counts,
 * cleared when the tab navigates), the navigation commands (manifest `commands`, rebindable in the
 * browser's shortcut settings), which are forwarded to the active tab's top frame, and detection for
 * content scripts (detect-service.ts), with the engine compiled and warmed while a tab loads a page
 * (engine-warmup.ts), so that it is ready when the page's content script asks.
 */
export const COMMANDS: Readonly<Record<string, Direction>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

const BADGE_COLOUR = '#3d3d3d';

// Enough of a slice to say which one is refused: its page is waiting for that answer.
const sliceIdSchema = z.object({ session: z.string().max(64), seq: z.number().int().nonnegative() });

/** An error answer for a slice that fails the protocol (too big, malformed), so its page reads it itself at once. */
function refusalFor(raw: unknown): { session: string; seq: number; reply: { ok: false; error: string } } | null {
  const id = sliceIdSchema.safeParse(raw);
  return id.success ? { ...id.data, reply: { ok: false, error: 'the slice does not fit the protocol (too large or malformed)' } } : null;
}

export function wireBackground(): void {
  const counts = new BadgeCounts();
  const show = (tabId: number) =>
    browser.action.setBadgeText({ tabId, text: badgeText(counts.total(tabId)) }).catch(() => undefined);

  const warmUp = new EngineWarmUp({
    prepare: () => void defaultDetector(),
    detect: (doc) => void defaultDetector().detect(doc),
    samples: once(() => warmUpSamples(dataset.facts, dataset.faq)),
    schedule: (task) => void setTimeout(task, 0),
  });
  const detection = new DetectService((doc, options) => {
    warmUp.realWork(doc.text.length);
    return defaultDetector().detect(doc, options);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    // Only content scripts (a sender with a tab) ask for detection; the answer is the promise's value.
    if (message?.type === 'detect-slice') return tabId === undefined ? undefined : Promise.resolve(detection.answer(message));
    if (message?.type === 'prepare-detection') {
      warmUp.stop();
      defaultDetector();
      const reply: PrepareReply = { ready: true };
      return Promise.resolve(reply);
    }
    if (message?.type !== 'mention-count' || tabId === undefined) return undefined;
    counts.set(tabId, sender.frameId ?? 0, message.count);
    void show(tabId);
    return undefined;
  });

  // Content scripts send their slices on a port (port-sender.ts); each answer goes back on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== DETECT_PORT || port.sender?.tab?.id === undefined) return;
    port.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(raw);
      const answer =
        message?.type === 'detect-slice'
          ? { session: message.session, seq: message.seq, reply: detection.answer(message) }
          : refusalFor(raw);
      if (!answer) return;
      try {
        port.postMessage(answer);
      } catch {
        // The tab went away mid-answer: nothing is waiting for it.
      }
    });
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    counts.clear(tabId);
    void show(tabId);
    // The page's content script will ask for the engine once the page is ready: have it compiled and warm.
    warmUp.pageLoading();
  });
  browser.tabs.onRemoved.addListener((tabId) => counts.clear(tabId));

  browser.commands?.onCommand.addListener(async (command, tab) => {
    const direction = COMMANDS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await browser.tabs.sendMessage(tabId, { type: 'navigate', direction }, { frameId: 0 }).catch(() => undefined);
  });

  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
}

import {
  navigationResultSchema,
  pageStateSchema,
  type Message,
  type NavigationResult,
  type PageState,
} from '../messaging/protocol';

/** Sends one message to the content script of a tab's top frame; injected so tests need no browser. */
export type SendToTab = (tabId: number, message: Message) => Promise<unknown>;

/** How long the popup waits for a content script before it says the page did not answer. */
export const ANSWER_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

/** The page's state, or null when no content script answers (in time, or with a valid reply). */
export async function requestPageState(
  send: SendToTab,
  tabId: number,
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<PageState | null> {
  const reply = await withTimeout(send(tabId, { type: 'get-page-state' }), timeoutMs);
  const parsed = pageStateSchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

export async function requestNavigation(
  send: SendToTab,
  tabId: number,
  direction: 'next' | 'previous',
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<NavigationResult | null> {
  const reply = await withTimeout(send(tabId, { type: 'navigate', direction }), timeoutMs);
  const parsed = navigationResultSchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

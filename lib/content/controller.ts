import type { CardData } from '../card/card-model';
import type { HighlightEnv } from '../highlight/layer';
import { parseMessage, prepareReplySchema, type Message, type NavigationResult, type PageState } from '../messaging/protocol';
import { isSitePaused } from '../settings/store';
import type { Settings } from '../settings/schema';
import { prepareDetector, type Detector } from './detector';
import type { RemoteStatus } from './first-pass';
import type { SendDetect } from './remote-detection';
import { Lens } from './lens';
import { watchLocation } from './location-watch';
import type { PassResult } from './scan-session';
import { siteHostname } from './site';
import { yieldToPage } from './yield';

/**
 * The content script's lifecycle in one frame: read settings; a paused site is never scanned; otherwise
 * start the lens. Settings changes apply live (pause stops and clears, resume scans again). Messages
 * from the popup and background are validated and dispatched by a handler map; only the top frame
 * answers them, so a tab has one answer. Everything ends with `signal` (the content script context).
 */
export interface ControllerDeps {
  win: Window;
  doc: Document;
  signal: AbortSignal;
  highlightEnv: HighlightEnv;
  detector: Detector;
  /** Detection in the background; the page's own detector is the fallback. */
  remote?: SendDetect;
  /** Asks the background to get its engine ready (it may have been asleep); answers PrepareReply. */
  prepareRemote?(): Promise<unknown>;
  cardData: CardData;
  loadSettings(): Promise<{ settings: Settings }>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  /** Registers a runtime message handler; returns its removal. */
  onMessage(handler: (raw: unknown) => Promise<unknown> | undefined): () => void;
  sendCount(count: number): void;
  onFullPass?(result: PassResult): void;
  onRescan?(result: PassResult): void;
}

type Handlers = {
  [K in Message['type']]: (message: Extract<Message, { type: K }>) => Promise<unknown> | undefined;
};

export async function runController(deps: ControllerDeps): Promise<Lens> {
  const { win, doc, signal } = deps;
  const isTop = win === win.top;
  let lastCount = -1;
  // Whether the background answered that it is ready; until it does, the page reads itself. Asked
  // first thing, so that its answer is in by the time the first pass decides (first-pass.ts).
  let remoteReady = false;
  const remoteStatus: RemoteStatus = {
    ready: () => remoteReady,
    answered: deps.remote && deps.prepareRemote ? askIfReady(deps.prepareRemote, (ready) => (remoteReady = ready)) : Promise.resolve(),
  };
  // No prepare step (tests, a build without it): the background is taken as ready.
  if (deps.remote && !deps.prepareRemote) remoteReady = true;
  const lens = new Lens({
    doc,
    highlightEnv: deps.highlightEnv,
    detector: deps.detector,
    ...(deps.remote ? { remote: deps.remote, remoteStatus } : {}),
    cardData: deps.cardData,
    onCount: (count) => {
      locationWatch.check();
      if (count === lastCount) return;
      lastCount = count;
      deps.sendCount(count);
    },
    ...(deps.onFullPass ? { onFullPass: deps.onFullPass } : {}),
    ...(deps.onRescan ? { onRescan: deps.onRescan } : {}),
  });
  const locationWatch = watchLocation(win, () => lens.resetNavigation(), signal);
  let paused = false;

  const apply = (settings: Settings) => {
    if (signal.aborted) return;
    paused = isSitePaused(settings, siteHostname(win));
    lens.applySettings(settings);
    if (paused) lens.stop();
    else lens.start();
  };

  const handlers: Handlers = {
    'get-page-state': () => {
      if (!isTop) return undefined;
      return lens.settle().then(
        (): PageState =>
          paused
            ? { url: win.location.href, title: doc.title, lang: '', paused: true, mentions: [], current: -1 }
            : lens.pageState(win.location.href, doc.title, false),
      );
    },
    navigate: (message) => {
      if (!isTop) return undefined;
      return lens.settle().then(
        (): NavigationResult => (paused ? { index: -1, total: 0 } : lens.navigate(message.direction)),
      );
    },
    // Sent by content scripts to the background; never handled here.
    'mention-count': () => undefined,
    'detect-slice': () => undefined,
    'prepare-detection': () => undefined,
  };

  const removeHandler = deps.onMessage((raw) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    return (handlers[message.type] as (m: Message) => Promise<unknown> | undefined)(message);
  });
  const unwatch = deps.watchSettings(apply);
  signal.addEventListener(
    'abort',
    () => {
      removeHandler();
      unwatch();
      lens.stop();
    },
    { once: true },
  );

  // Without a background to detect in, the lexicon compiles while storage answers (it reads nothing
  // of the page, so a paused site is still never scanned); the first pass then finds it ready.
  const settingsRead = deps.loadSettings();
  settingsRead.catch(() => undefined); // rejections surface at the await below, not as unhandled
  if (!deps.remote) await prepareDetector(deps.detector, yieldToPage, signal);
  const { settings } = await settingsRead;
  apply(settings);
  return lens;
}

/** Asks the background to get ready; settles once it answered (a failure counts as not ready). */
function askIfReady(prepare: () => Promise<unknown>, set: (ready: boolean) => void): Promise<void> {
  let asked: Promise<unknown>;
  try {
    asked = prepare();
  } catch (error) {
    asked = Promise.reject(error);
  }
  return asked.then(
    (raw) => set(prepareReplySchema.safeParse(raw).success),
    () => set(false),
  );
}

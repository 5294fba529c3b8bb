import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../assets/highlights.css';
import { datasetCardData } from '../../lib/card/dataset-card-data';
import { announceScanned } from '../../lib/content/bench-signal';
import { runController } from '../../lib/content/controller';
import { engineDetector } from '../../lib/content/detector';
import { DETECT_PORT, portSender } from '../../lib/content/port-sender';
import { isScannablePage } from '../../lib/content/site';
import { pageHighlightEnv } from '../../lib/highlight/layer';
import { createSettingsReader } from '../../lib/settings/store';

// Thin adapter: wires the browser (messaging, storage, the page's highlight registry) to lib/content.
// The ::highlight() colours ship in the manifest's CSS (imported above) so page CSP cannot block them.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // about:srcdoc and about:blank frames of those pages (same-origin iframes written by script).
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT's deprecated "content script started" window.postMessage would tell every page's message
  // listeners that we are here (and our extension id); its document event alone still stops an old copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Bench timings run from here, so preparing the detector while settings load is counted too.
    const started = performance.now();
    const highlightEnv = pageHighlightEnv(window);
    if (!highlightEnv || !isScannablePage(window)) return;
    // The content script only reads settings: one storage round trip instead of the writer's three.
    const settings = createSettingsReader();
    void runController({
      win: window,
      doc: document,
      signal: ctx.signal,
      highlightEnv,
      detector: engineDetector(),
      remote: portSender(() => browser.runtime.connect({ name: DETECT_PORT })),
      prepareRemote: () => browser.runtime.sendMessage({ type: 'prepare-detection' }),
      cardData: datasetCardData,
      loadSettings: settings.load,
      watchSettings: settings.watch,
      onMessage: (handler) => {
        const listener = (raw: unknown) => handler(raw);
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      },
      sendCount: (count) => {
        browser.runtime.sendMessage({ type: 'mention-count', count }).catch(() => undefined);
      },
      ...(import.meta.env.MODE === 'bench'
        ? {
            onFullPass: (result) => announceScanned(document, { ...result, ms: performance.now() - started }),
            onRescan: (result) => announceScanned(document, result),
          }
        : {}),
    });
  },
});

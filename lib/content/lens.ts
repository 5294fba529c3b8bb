import { CardHost } from '../card/card-host';
import { cardModel, type CardData } from '../card/card-model';
import { sentenceText } from '../extract/sentence';
import type { DocumentText, Mention } from '../types';
import { HighlightLayer, type HighlightEnv } from '../highlight/layer';
import { PaletteSheets } from '../highlight/palette-sheet';
import { resolveLang } from '../i18n/language';
import type { NavigationResult, PageState } from '../messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { CATEGORIES } from '../types';
import type { Detector } from './detector';
import type { RemoteStatus } from './first-pass';
import type { SendDetect } from './remote-detection';
import { caretAt, mentionAnchor, mentionAtPoint } from './hit-test';
import { keyFactSentences } from './key-sentences';
import { wireInteractions } from './interaction';
import { MentionStore, type Placed } from './mention-store';
import { stepIndex, type Direction } from './navigation';
import { pageLanguageTag } from './page-language';
import { ScanSession, type PassResult } from './scan-session';

/**
 * Leak Lens in one document (one per frame). The controller around it decides when it runs: start()
 * scans and highlights (see scan-session.ts for the pipeline), stop() takes everything away again
 * (highlights, our host, our sheets, observers, listeners) and is repeatable. Settings apply live:
 * categories and palette only change how the existing ranges are shown, never cause a rescan.
 */
export interface LensOptions {
  doc: Document;
  highlightEnv: HighlightEnv;
  detector: Detector;
  /** Detection in the background (scan-session.ts), when the extension has one. */
  remote?: SendDetect;
  /** Whether the background said it is ready (first-pass.ts). */
  remoteStatus?: RemoteStatus;
  cardData: CardData;
  /** Highlighted mentions changed (badge). */
  onCount(count: number): void;
  /** The first full pass finished (benchmark signal). */
  onFullPass?(result: PassResult): void;
  /** A rescan of changed blocks finished (benchmark signal). */
  onRescan?(result: PassResult): void;
}

export class Lens {
  readonly #o: LensOptions;
  readonly #layer: HighlightLayer;
  readonly #store = new MentionStore();
  readonly #card: CardHost;
  readonly #palette: PaletteSheets;
  readonly #shadowRoots = new Set<ShadowRoot>();
  #settings: Settings = DEFAULT_SETTINGS;
  #run: { abort: AbortController; session: ScanSession; done: Promise<PassResult> } | null = null;
  #current: Placed | null = null;
  #shown: Placed | null = null;

  constructor(options: LensOptions) {
    this.#o = options;
    this.#layer = new HighlightLayer(options.highlightEnv);
    this.#card = new CardHost(options.doc);
    this.#palette = new PaletteSheets(options.doc);
  }

  get running(): boolean {
    return this.#run !== null;
  }

  /** Resolves when the first full pass is done (or at once when not running). */
  get ready(): Promise<unknown> {
    return this.#run?.done ?? Promise.resolve();
  }

  applySettings(settings: Settings): void {
    this.#settings = settings;
    // Not running (paused): leave the page untouched; start() applies the palette.
    if (this.#run) this.#palette.set(settings.palette);
    if (this.#layer.setEnabled(settings.categories)) {
      if (this.#current && !this.#isVisible(this.#current)) this.#setCurrent(null);
      if (this.#shown && !this.#isVisible(this.#shown)) this.#closeCard();
      this.#report();
    }
    if (this.#shown) this.#openCard(this.#shown);
  }

  start(): void {
    if (this.#run) return;
    const { doc } = this.#o;
    const root = doc.body ?? doc.documentElement;
    const abort = new AbortController();
    this.#layer.setEnabled(this.#settings.categories);
    this.#palette.set(this.#settings.palette);
    const session = new ScanSession({
      doc,
      root,
      detector: this.#o.detector,
      ...(this.#o.remote ? { remote: this.#o.remote } : {}),
      ...(this.#o.remoteStatus ? { remoteStatus: this.#o.remoteStatus } : {}),
      onShadowRoot: (shadow) => {
        this.#shadowRoots.add(shadow);
        this.#palette.addShadowRoot(shadow);
      },
      layer: this.#layer,
      store: this.#store,
      makeRange: (init) => {
        const range = doc.createRange();
        range.setStart(init.startContainer, init.startOffset);
        range.setEnd(init.endContainer, init.endOffset);
        return range;
      },
      isOwn: (node) => this.#card.isOwn(node),
      onChange: () => {
        if (this.#current && !this.#store.has(this.#current)) this.#setCurrent(null);
        if (this.#shown && !this.#store.has(this.#shown)) this.#closeCard();
        this.#report();
      },
      signal: abort.signal,
      ...(this.#o.onRescan ? { onRescan: this.#o.onRescan } : {}),
    });
    wireInteractions({
      doc,
      win: doc.defaultView ?? window,
      signal: abort.signal,
      card: this.#card,
      hitTest: (point) => this.#visible(mentionAtPoint(doc, this.#store, point, [...this.#shadowRoots])),
      atCaret: () => this.#atCaret(),
      shown: () => this.#shown,
      open: (placed) => this.#openCard(placed),
      close: () => this.#closeCard(),
      reposition: () => this.#reposition(),
    });
    const done = session.fullPass().then((result) => {
      this.#o.onFullPass?.(result);
      return result;
    });
    this.#run = { abort, session, done };
  }

  stop(): void {
    if (!this.#run) return;
    this.#run.abort.abort();
    this.#run = null;
    this.#current = null;
    this.#shown = null;
    this.#layer.clear();
    this.#store.clear();
    this.#card.remove();
    this.#palette.dispose();
    this.#shadowRoots.clear();
    this.#o.onCount(0);
  }

  /** Pending mutation work, then the current list (the popup wants an up-to-date answer). */
  async settle(): Promise<void> {
    await this.#run?.done;
    await this.#run?.session.flush();
  }

  navigate(direction: Direction): NavigationResult {
    const list = this.#navigable();
    const index = stepIndex(this.#current ? list.indexOf(this.#current) : -1, list.length, direction);
    const target = list[index] ?? null;
    this.#setCurrent(target);
    if (target) {
      const element = target.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      this.#openCard(target);
    }
    return { index, total: list.length };
  }

  pageState(url: string, title: string, paused: boolean): PageState {
    const ordered = this.#store.ordered();
    return {
      url,
      title,
      lang: pageLanguageTag(this.#o.doc),
      paused,
      mentions: ordered.map(({ mention, source }) => ({
        ...mention,
        sentence: sentenceText(source, mention.start, mention.end),
      })),
      contextSentences: keyFactSentences(bySource(ordered)),
      current: this.#current ? ordered.indexOf(this.#current) : -1,
    };
  }

  /** A single-page-app navigation: the old position means nothing on the new view. */
  resetNavigation(): void {
    this.#setCurrent(null);
    this.#closeCard();
    this.#report();
  }

  /** Mentions of the categories switched on (the badge); kept per category, so O(1) after a change. */
  visibleCount(): number {
    const counts = this.#store.countBy();
    let count = 0;
    for (const category of CATEGORIES) if (this.#layer.isEnabled(category)) count += counts[category];
    return count;
  }

  #navigable(): Placed[] {
    return this.#store.ordered().filter((placed) => this.#isVisible(placed));
  }

  #isVisible(placed: Placed): boolean {
    return this.#layer.isEnabled(placed.mention.category);
  }

  #visible(placed: Placed | null): Placed | null {
    return placed && this.#isVisible(placed) ? placed : null;
  }

  #setCurrent(placed: Placed | null): void {
    this.#current = placed;
    this.#layer.setCurrent(placed?.range ?? null);
  }

  #report(): void {
    this.#o.onCount(this.visibleCount());
  }

  #atCaret(): Placed | null {
    const selection = this.#o.doc.getSelection();
    if (!selection || !selection.isCollapsed || !selection.focusNode) return null;
    const [hit] = this.#store.at(selection.focusNode, selection.focusOffset);
    return this.#visible(hit ?? null);
  }

  #openCard(placed: Placed): void {
    const anchor = mentionAnchor(this.#o.doc, placed);
    if (!anchor) return;
    const lang = resolveLang(this.#settings.cardLanguage, pageLanguageTag(this.#o.doc, placed.source.text.slice(0, 4000)));
    let position: { index: number; total: number } | null = null;
    if (placed === this.#current) {
      const list = this.#navigable();
      position = { index: list.indexOf(placed), total: list.length };
    }
    this.#shown = placed;
    this.#card.show(cardModel(placed.mention, this.#o.cardData, lang, position), anchor, () => this.#closeCard());
  }

  #closeCard(): void {
    this.#shown = null;
    this.#card.hide();
  }

  #reposition(): void {
    if (!this.#shown) return;
    const anchor = mentionAnchor(this.#o.doc, this.#shown);
    if (anchor) this.#card.reposition(anchor);
  }
}

/** Placed mentions grouped by the extraction their offsets refer to, in page order. */
function bySource(placed: readonly Placed[]): Array<{ doc: DocumentText; mentions: Mention[] }> {
  const groups = new Map<DocumentText, Mention[]>();
  for (const { mention, source } of placed) {
    const list = groups.get(source);
    if (list) list.push(mention);
    else groups.set(source, [mention]);
  }
  return [...groups].map(([doc, mentions]) => ({ doc, mentions }));
}

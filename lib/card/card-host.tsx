import { render } from 'preact';
import type { CardModel } from './card-model';
import { placeCard, type Box } from './card-position';
import { CARD_CSS } from './card-styles';
import { CardView } from './card-view';

/**
 * The one element Leak Lens adds to a page: a host appended to <body> (or <html>) when the first card
 * opens, with a shadow root that holds all our UI. Its styles come from a constructed sheet; its own
 * layout properties are set through the CSSOM with !important so page rules cannot displace it.
 * The shadow root is open so that assistive technology and tests can read the card; it only ever holds
 * dataset text.
 */
export const HOST_TAG = 'leak-lens-ui';

export class CardHost {
  readonly #doc: Document;
  #host: HTMLElement | null = null;
  #mount: HTMLElement | null = null;
  #model: CardModel | null = null;
  #anchor: Box | null = null;
  #onClose: () => void = () => {};

  constructor(doc: Document) {
    this.#doc = doc;
  }

  get isOpen(): boolean {
    return this.#model !== null;
  }

  get model(): CardModel | null {
    return this.#model;
  }

  /** Our host (and so the card) — the extraction and mutation batches skip it. */
  isOwn(node: Node): boolean {
    return node === this.#host;
  }

  /** True when the event happened on the card. */
  contains(event: Event): boolean {
    return this.#host !== null && event.composedPath().includes(this.#host);
  }

  show(model: CardModel, anchor: Box, onClose: () => void): void {
    const mount = this.#ensureMounted();
    this.#model = model;
    this.#anchor = anchor;
    this.#onClose = onClose;
    render(<CardView model={model} onClose={() => this.#onClose()} />, mount);
    this.reposition(anchor);
  }

  /** Moves the open card next to `anchor` (after a scroll or resize). */
  reposition(anchor: Box | null = this.#anchor): void {
    const card = this.#mount?.firstElementChild as HTMLElement | null | undefined;
    const view = this.#doc.defaultView;
    if (!card || !anchor || !view) return;
    this.#anchor = anchor;
    // Measure at full height, then cap to the side chosen.
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const { left, top, maxHeight } = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    card.style.maxHeight = `${maxHeight}px`;
  }

  hide(): void {
    if (!this.#model) return;
    this.#model = null;
    this.#anchor = null;
    if (this.#mount) render(null, this.#mount);
  }

  /** Takes our host out of the page (stop / pause). */
  remove(): void {
    this.hide();
    this.#host?.remove();
    this.#host = null;
    this.#mount = null;
  }

  #ensureMounted(): HTMLElement {
    if (this.#host && this.#mount && this.#host.isConnected) return this.#mount;
    const host = this.#doc.createElement(HOST_TAG);
    for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const view = this.#doc.defaultView;
    if (view && 'adoptedStyleSheets' in shadow) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
    }
    const mount = this.#doc.createElement('div');
    shadow.append(mount);
    (this.#doc.body ?? this.#doc.documentElement).append(host);
    this.#host = host;
    this.#mount = mount;
    return mount;
  }
}

const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];

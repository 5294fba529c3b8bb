import type { Palette } from '../settings/schema';
import { highlightCss, OVERRIDE_SELECTOR } from './palette';

/**
 * Applies the palette without touching the page's DOM. The default palette ships in the manifest-injected
 * CSS (assets/highlights.css), which page CSP cannot block. Another palette is a constructed sheet in
 * document.adoptedStyleSheets whose rules out-rank the manifest's by specificity (see OVERRIDE_SELECTOR):
 * no attribute, class or <style> element is added, and CSP does not apply to constructed sheets.
 * Open shadow roots get the full rules of the current palette: document rules do not reach ::highlight()
 * of elements inside a shadow tree.
 */
export class PaletteSheets {
  readonly #doc: Document;
  readonly #shadowRoots = new Set<ShadowRoot>();
  #palette: Palette = 'default';
  #documentSheet: CSSStyleSheet | null = null;
  #shadowSheet: CSSStyleSheet | null = null;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  get palette(): Palette {
    return this.#palette;
  }

  set(palette: Palette): void {
    if (palette === this.#palette) return;
    this.#palette = palette;
    if (palette === 'default') {
      this.#detach(this.#doc, this.#documentSheet);
      this.#documentSheet = null;
    } else {
      this.#documentSheet ??= this.#adopt(this.#doc);
      this.#documentSheet?.replaceSync(highlightCss(palette, OVERRIDE_SELECTOR));
    }
    this.#shadowSheet?.replaceSync(highlightCss(palette));
  }

  /** Styles highlights inside an open shadow root we scan. */
  addShadowRoot(root: ShadowRoot): void {
    if (this.#shadowRoots.has(root)) return;
    this.#shadowRoots.add(root);
    if (!this.#shadowSheet) {
      const view = this.#doc.defaultView;
      if (!view) return;
      this.#shadowSheet = new view.CSSStyleSheet();
      this.#shadowSheet.replaceSync(highlightCss(this.#palette));
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#shadowSheet];
  }

  /** Removes every sheet we added. */
  dispose(): void {
    this.#detach(this.#doc, this.#documentSheet);
    this.#documentSheet = null;
    for (const root of this.#shadowRoots) this.#detach(root, this.#shadowSheet);
    this.#shadowRoots.clear();
    this.#shadowSheet = null;
    this.#palette = 'default';
  }

  #adopt(target: Document): CSSStyleSheet | null {
    const view = this.#doc.defaultView;
    if (!view) return null;
    const sheet = new view.CSSStyleSheet();
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return sheet;
  }

  #detach(target: Document | ShadowRoot, sheet: CSSStyleSheet | null): void {
    if (!sheet) return;
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

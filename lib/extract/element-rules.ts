/**
 * Which elements hold readable page text, and which start a new block. Decided from the tag and
 * attributes alone, so it works on a live page, in linkedom and in happy-dom alike; the content script
 * adds computed-style checks through ExtractOptions.
 */

/** Elements whose content is never running text a reader sees. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  // Not rendered, or rendered from something other than their text.
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template',
  // Form controls: their text is a value or a label the user edits or clicks, not the article.
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'button',
  // Other vocabularies and replaced content (children are fallback or a separate document).
  'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'video', 'audio', 'noembed', 'noframes',
  // Ruby annotations (pinyin over 汉字) would split words of the base text.
  'rt', 'rp',
]);

/** Elements that are blocks by default (HTML's UA stylesheet); everything else joins inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir',
  'div', 'dl', 'dd', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol',
  'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'ul', 'xmp',
  'table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True when the element and everything under it is not page text: a skipped tag, the `hidden`
 * attribute, an inline style that hides it, or an editable region. `contenteditable` is inherited, so
 * skipping the subtree of any value but "false" covers nested islands too: text people type is theirs,
 * and highlighting inside an editor would fight its own selection handling.
 *
 * `aria-hidden` is deliberately NOT a reason: it hides text from assistive technology, not from sight
 * (decorative headlines, visual duplicates of screen-reader text), and the extension marks what a
 * sighted reader sees.
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // A dialog that is not open is display:none in every browser's UA stylesheet.
  if (element.localName === 'dialog' && !element.hasAttribute('open')) return true;
  // Most elements of a page carry no attribute at all: skip the lookups.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = element.getAttribute('style');
  if (style !== null && style !== '' && (DISPLAY_NONE.test(style) || VISIBILITY_HIDDEN.test(style))) {
    return true;
  }
  return false;
}

export function isBlockTag(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

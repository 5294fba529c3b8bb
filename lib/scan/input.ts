/**
 * A file's bytes → the DocumentText the engine reads: HTML through the same DOM extraction as the
 * content script (parsed with linkedom, which is fast and needs no browser), anything else as plain text.
 */
import { parseHTML } from 'linkedom';
import { extractText } from '../extract/dom-text';
import { plainTextDocument } from '../extract/plain-text';
import type { DocumentText } from '../types';

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;
const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown)$/i;
/** Optional BOM, whitespace and comments, then a doctype or an <html> tag. */
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** HTML by extension; for other names, by how the content starts. */
export function isHtmlFile(path: string, head: string): boolean {
  if (HTML_EXTENSIONS.test(path)) return true;
  if (TEXT_EXTENSIONS.test(path)) return false;
  return HTML_START.test(head.slice(0, 4096));
}

/**
 * Decodes bytes as UTF-8 unless a BOM or (for HTML) a <meta charset> says otherwise, so pages saved
 * from Chinese sites in GBK or GB18030 read correctly.
 */
export function decodeBytes(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = isHtmlFile(path, head) ? META_CHARSET.exec(head)?.[1] : undefined;
  if (label !== undefined) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: browsers fall back to UTF-8 as well.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const HTML_TAG = /<html[\s>]/i;
const LEADING_DOCTYPE = /^\uFEFF?\s*<!doctype[^>]*>/i;

export function htmlDocumentText(html: string): DocumentText {
  // linkedom keeps only the first element of a fragment: give fragments the document they imply.
  const source = HTML_TAG.test(html)
    ? html
    : `<!doctype html><html><body>${html.replace(LEADING_DOCTYPE, '')}</body></html>`;
  const { document } = parseHTML(source);
  return extractText(document as unknown as Document);
}

/** The text the engine reads for a file, and whether it was read as HTML. */
export function documentFromFile(path: string, bytes: Uint8Array): { doc: DocumentText; html: boolean } {
  const source = decodeBytes(bytes, path);
  const html = isHtmlFile(path, source);
  const doc = html ? htmlDocumentText(source) : plainTextDocument(source.replace(/^\uFEFF/, ''));
  return { doc, html };
}

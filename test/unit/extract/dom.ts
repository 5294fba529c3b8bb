import { parseHTML } from 'linkedom';
import type { ExtractedText } from '../../../lib/extract/dom-text';

/** A linkedom document with `html` as its body. */
export function linkedomDocument(html: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/** The text of each block, as the engine will see it. */
export function blockTexts(doc: ExtractedText): string[] {
  return doc.blocks.map((b) => doc.text.slice(b.start, b.end));
}

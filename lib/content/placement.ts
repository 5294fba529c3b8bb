import type { ExtractedText } from '../extract/dom-text';
import type { Mention } from '../types';
import type { Placed } from './mention-store';

/**
 * Turns a mention (offsets into an extraction) into what the page can paint: a range over the text
 * nodes it came from. The content script makes live Ranges, not StaticRanges: measured in Chromium on a
 * 20k-paragraph page with ~19k highlights, a page that appends 100 paragraphs took 400–950 ms to its
 * next frame with StaticRanges (each is re-validated after any DOM change) against ~160 ms with Ranges.
 */
export type MakeRange = (init: StaticRangeInit) => AbstractRange;

/** Mentions run across a few inline elements at most; a longer walk means the map is stale. */
const MAX_NODES = 64;

export function placeMention(mention: Mention, source: ExtractedText, makeRange: MakeRange): Placed | null {
  const bounds = source.map.rangeFor(mention.start, mention.end);
  if (bounds === null) return null;
  const nodes = coveredTextNodes(bounds.startNode, bounds.endNode);
  if (nodes === null) return null;
  const range = makeRange({
    startContainer: bounds.startNode,
    startOffset: bounds.startOffset,
    endContainer: bounds.endNode,
    endOffset: bounds.endOffset,
  });
  return { mention, range, nodes, source };
}

/** The text nodes from `first` to `last` in tree order (same tree), or null if `last` is not reached. */
export function coveredTextNodes(first: Text, last: Text): Text[] | null {
  if (first === last) return [first];
  const nodes: Text[] = [first];
  let at: Node | null = first;
  while (nodes.length < MAX_NODES) {
    at = nextInTree(at);
    if (at === null) return null;
    if (at.nodeType === 3) {
      nodes.push(at as Text);
      if (at === last) return nodes;
    }
  }
  return null;
}

/** Pre-order successor within one tree (does not enter shadow roots, like the extracted block). */
function nextInTree(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at !== null; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

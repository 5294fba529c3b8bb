import type { MentionStore, Placed } from './mention-store';

/**
 * Which mention is under the pointer. Highlights have no pointer events, so: the caret position at the
 * point (caretPositionFromPoint, or WebKit/Blink's caretRangeFromPoint), the mentions indexed at that
 * text node and offset, then a check against the mention's boxes, because the caret snaps to the nearest
 * character even when the pointer is in a margin or past the end of a line.
 */
export interface Point {
  x: number;
  y: number;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Slack around glyph boxes, in CSS pixels: underlines sit just below the line box. */
const SLACK = 2;

export function caretAt(doc: Document, point: Point, shadowRoots: readonly ShadowRoot[] = []): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(point.x, point.y, shadowRoots.length > 0 ? { shadowRoots: [...shadowRoots] } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const range = legacy.call(doc, point.x, point.y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export function rectsContain(rects: Iterable<RectLike>, point: Point, slack = SLACK): boolean {
  for (const r of rects) {
    if (point.x >= r.left - slack && point.x <= r.right + slack && point.y >= r.top - slack && point.y <= r.bottom + slack) {
      return true;
    }
  }
  return false;
}

/** The first candidate whose boxes contain the point. */
export function pickAtPoint<T>(candidates: readonly T[], point: Point, rectsOf: (item: T) => Iterable<RectLike>): T | null {
  for (const candidate of candidates) if (rectsContain(rectsOf(candidate), point)) return candidate;
  return null;
}

/** Client rects of a placed mention (through a throwaway Range when it is not a live one). */
export function mentionRects(doc: Document, placed: Placed): DOMRectList | DOMRect[] {
  const { range } = placed;
  if (range instanceof Range) return range.getClientRects();
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.getClientRects();
  } catch {
    // The text changed under a stale static range; the pending rescan will replace it.
    return [];
  }
}

/** Bounding box of a mention's first line (where the card anchors). */
export function mentionAnchor(doc: Document, placed: Placed): DOMRect | null {
  const rects = mentionRects(doc, placed);
  return rects[0] ?? null;
}

export function mentionAtPoint(doc: Document, store: MentionStore, point: Point, shadowRoots: readonly ShadowRoot[] = []): Placed | null {
  const caret = caretAt(doc, point, shadowRoots);
  if (!caret) return null;
  const candidates = store.at(caret.node, caret.offset);
  if (candidates.length === 0) return null;
  return pickAtPoint(candidates, point, (placed) => mentionRects(doc, placed));
}

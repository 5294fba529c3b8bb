/**
 * Where the card goes: below the mention if it fits, else above, else on the side with more room with
 * its height capped to that room, so the card never covers the mention it explains. Kept inside the
 * viewport horizontally. Pure geometry, in viewport (position: fixed) coordinates.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Height available on the chosen side; the card scrolls inside it. */
  maxHeight: number;
}

export const CARD_GAP = 6;
export const VIEWPORT_MARGIN = 8;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const below = anchor.top + anchor.height + CARD_GAP;
  const roomBelow = Math.max(0, viewport.height - VIEWPORT_MARGIN - below);
  const roomAbove = Math.max(0, anchor.top - CARD_GAP - VIEWPORT_MARGIN);
  let top: number;
  let maxHeight: number;
  if (card.height <= roomBelow || roomBelow >= roomAbove) {
    top = below;
    maxHeight = roomBelow;
  } else {
    maxHeight = roomAbove;
    top = anchor.top - CARD_GAP - Math.min(card.height, roomAbove);
  }
  const maxLeft = viewport.width - VIEWPORT_MARGIN - card.width;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(maxHeight) };
}

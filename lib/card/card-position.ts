/**
 * Where the card goes: below the mention if it fits, else above, else whichever side has more room;
 * kept inside the viewport horizontally. Pure geometry, in viewport (position: fixed) coordinates.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const CARD_GAP = 6;
export const VIEWPORT_MARGIN = 8;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.top + anchor.height + CARD_GAP;
  const above = anchor.top - CARD_GAP - card.height;
  const roomBelow = viewport.height - VIEWPORT_MARGIN - below;
  const roomAbove = anchor.top - CARD_GAP - VIEWPORT_MARGIN;
  let top: number;
  if (card.height <= roomBelow) top = below;
  else if (card.height <= roomAbove) top = above;
  else top = roomBelow >= roomAbove ? below : Math.max(VIEWPORT_MARGIN, above);
  const maxLeft = viewport.width - VIEWPORT_MARGIN - card.width;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top) };
}

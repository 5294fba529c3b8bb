import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard, VIEWPORT_MARGIN } from '../../../lib/card/card-position';

const viewport = { width: 1000, height: 700 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('should go below the mention when there is room', () => {
    const anchor = { left: 100, top: 100, width: 60, height: 20 };
    expect(placeCard(anchor, card, viewport)).toEqual({ left: 100, top: 120 + CARD_GAP, maxHeight: 700 - VIEWPORT_MARGIN - 126 });
  });

  it('should go above the mention when it does not fit below', () => {
    const anchor = { left: 100, top: 600, width: 60, height: 20 };
    const placement = placeCard(anchor, card, viewport);
    expect(placement.top).toBe(600 - CARD_GAP - 200);
    expect(placement.top + 200).toBeLessThanOrEqual(anchor.top);
  });

  it.each([
    ['more room above', { left: 10, top: 400, width: 50, height: 20 }],
    ['more room below', { left: 10, top: 250, width: 50, height: 20 }],
  ])('should cap the height and never cover the mention when it fits on neither side (%s)', (_name, anchor) => {
    const tall = { width: 300, height: 600 };
    const { top, maxHeight } = placeCard(anchor, tall, viewport);
    const bottom = top + Math.min(tall.height, maxHeight);
    const coversAnchor = top < anchor.top + anchor.height && bottom > anchor.top;
    expect(coversAnchor).toBe(false);
    expect(top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(bottom).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
  });

  it.each([
    [900, 1000 - VIEWPORT_MARGIN - 300],
    [-20, VIEWPORT_MARGIN],
    [400, 400],
  ])('should keep the card inside the viewport horizontally when the mention starts at x=%i', (x, expected) => {
    expect(placeCard({ left: x, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(expected);
  });
});

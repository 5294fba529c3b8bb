import { describe, expect, it } from 'vitest';
import { sideOf, type Side } from '../../../lib/highlight/proximity';

/** The widened root of a 1000×800 viewport with a margin of 3 viewports on every side. */
const ROOT = { top: -2400, bottom: 3200, left: -3000, right: 4000 } as DOMRectReadOnly;
const VIEW = { width: 1000, height: 800 };
const box = (top: number, height = 100, left = 0, width = 600) =>
  ({ top, bottom: top + height, left, right: left + width, width, height }) as DOMRectReadOnly;

describe('sideOf', () => {
  it.each<[string, boolean, DOMRectReadOnly, DOMRectReadOnly | null, Side]>([
    ['on screen', true, box(300), ROOT, 'visible'],
    ['in the margin below the screen', true, box(1500), ROOT, 'near'],
    ['in the margin above the screen', true, box(-1500), ROOT, 'near'],
    ['past the margin above', false, box(-5000), ROOT, 'above'],
    ['past the margin below', false, box(9000), ROOT, 'below'],
    ['without a box (display: none or contents)', false, box(0, 0, 0, 0), ROOT, 'near'],
    ['in a frame whose root cannot be read', false, box(9000), null, 'near'],
    ['beside the margin at the height of the screen', false, box(300, 100, 9000), ROOT, 'near'],
  ])('should place an element %s', (_where, isIntersecting, boundingClientRect, rootBounds, side) => {
    expect(sideOf({ isIntersecting, boundingClientRect, rootBounds }, VIEW)).toBe(side);
  });
});

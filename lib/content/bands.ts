import { isBlockTag } from '../extract/element-rules';
import type { Placed } from './mention-store';

/**
 * Bands: runs of consecutive mentions (in the order one extraction found them) that the highlight layer
 * shows or hides together, by whether their first or last block is near the viewport. Few sentinels keep
 * the IntersectionObserver cheap; short bands keep "first and last are both above (or below) the view"
 * a safe sign that the whole band is. A band ends after `members` mentions, or where a long stretch of
 * text without mentions lies between two of them (so one band never spans screens of other content).
 */
export interface BandLimits {
  members: number;
  /** Characters of extracted text between two mentions that end a band. */
  gap: number;
}

export const BAND_LIMITS: BandLimits = { members: 24, gap: 2000 };

export interface Band {
  members: Placed[];
  first: Element | null;
  last: Element | null;
}

/** Splits mentions (sorted by start, from one extraction) into bands. */
export function bandsOf(placed: readonly Placed[], limits: BandLimits = BAND_LIMITS): Band[] {
  const bands: Band[] = [];
  let run: Placed[] = [];
  const close = () => {
    if (run.length === 0) return;
    const head = run[0] as Placed;
    const tail = run[run.length - 1] as Placed;
    const first = blockOf(head.nodes[0] ?? null);
    const last = tail === head ? first : blockOf(tail.nodes[tail.nodes.length - 1] ?? null);
    bands.push({ members: run, first, last: last ?? first });
    run = [];
  };
  let previous: Placed | null = null;
  for (const p of placed) {
    const apart = previous !== null && (previous.source !== p.source || p.mention.start - previous.mention.end > limits.gap);
    if (run.length >= limits.members || apart) close();
    run.push(p);
    previous = p;
  }
  close();
  return bands;
}

/** The nearest block element holding `node` (its box is where the text is), else its parent element. */
export function blockOf(node: Node | null): Element | null {
  const parent = node?.parentElement ?? null;
  for (let at = parent; at !== null; at = at.parentElement) if (isBlockTag(at)) return at;
  return parent;
}

import type { Category, EntityId } from '../types';

/** The fields matching looks at; gold and predicted mentions both have them. */
export interface SpanLike {
  category: Category;
  entity: EntityId | null;
  start: number;
  end: number;
}

export function spansOverlap(a: SpanLike, b: SpanLike): boolean {
  return a.start < b.end && b.start < a.end;
}

function compatible(gold: SpanLike, predicted: SpanLike): boolean {
  return gold.category === predicted.category && gold.entity === predicted.entity && spansOverlap(gold, predicted);
}

function overlapLength(a: SpanLike, b: SpanLike): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * One-to-one matching of predicted to gold mentions: same category, same entity, overlapping spans.
 * A maximum bipartite matching (augmenting paths), so one long prediction covering two gold mentions
 * counts once, and the pairing never depends on the order the engine reports mentions in.
 * Returns pairs of indices [goldIndex, predictedIndex].
 */
export function matchMentions(gold: readonly SpanLike[], predicted: readonly SpanLike[]): Array<[number, number]> {
  // Candidates best-overlap first, so among equally large matchings the tightest pairs win.
  const candidates = gold.map((g) =>
    predicted
      .map((p, index) => ({ index, overlap: compatible(g, p) ? overlapLength(g, p) : 0 }))
      .filter((c) => c.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
      .map((c) => c.index),
  );
  const goldOf: Array<number | undefined> = new Array(predicted.length).fill(undefined);

  const augment = (goldIndex: number, visited: boolean[]): boolean => {
    for (const p of candidates[goldIndex] ?? []) {
      if (visited[p]) continue;
      visited[p] = true;
      const holder = goldOf[p];
      if (holder === undefined || augment(holder, visited)) {
        goldOf[p] = goldIndex;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, goldIndex) => augment(goldIndex, new Array<boolean>(predicted.length).fill(false)));

  const pairs: Array<[number, number]> = [];
  goldOf.forEach((g, p) => {
    if (g !== undefined) pairs.push([g, p]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}

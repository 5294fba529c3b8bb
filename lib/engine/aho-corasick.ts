/**
 * One automaton for every term and context phrase (Aho–Corasick): a single left-to-right pass over
 * the text finds all of them, in time linear in the text plus the number of hits, with no
 * backtracking whatever the input.
 */
export interface Automaton {
  /** Calls onHit(patternIndex, endExclusive) for every occurrence of every pattern in text. */
  scan(text: string, onHit: (pattern: number, end: number) => void): void;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const next: Array<Map<number, number>> = [new Map()];
  const own: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = next[node]!.get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        own.push([]);
        next[node]!.set(code, child);
      }
      node = child;
    }
    if (pattern.length > 0) own[node]!.push(index);
  });

  const fail = new Int32Array(next.length);
  // Nearest node on the failure chain that ends a pattern (-1: none), so hits are reported
  // without walking chains that have nothing to report.
  const outLink = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const failNode = fail[child]!;
      outLink[child] = own[failNode]!.length > 0 ? failNode : outLink[failNode]!;
      queue.push(child);
    }
  }

  return {
    scan(text, onHit) {
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let step = next[node]!.get(code);
        while (step === undefined && node !== 0) {
          node = fail[node]!;
          step = next[node]!.get(code);
        }
        node = step ?? 0;
        for (let hit = node; hit > 0; hit = outLink[hit]!) {
          for (const pattern of own[hit]!) onHit(pattern, i + 1);
        }
      }
    },
  };
}

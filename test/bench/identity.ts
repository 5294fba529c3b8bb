/**
 * `npx tsx test/bench/identity.ts`: hashes of everything the engine outputs (every mention with its reason) over the
 * eval sets, the seed article and generated pages, whole and sliced as the content script slices them. Run it
 * before and after a refactor or a speed change and diff the two: identical hashes mean identical output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detect, summarize } from '../../lib/engine/index';
import { extractText } from '../../lib/extract/dom-text';
import { plainTextDocument } from '../../lib/extract/plain-text';
import { loadNamedEvalSet } from '../eval/load';
import { generatePage } from './generate';
import type { DocumentText, EntityId, Mention, TopicId } from '../../lib/types';
import type { DocumentContext } from '../../lib/engine/index';
const key = (ms: Mention[]) => ms.map((m) => `${m.start},${m.end},${m.category},${m.entity ?? ''},${m.text},${m.reason}`).join('\n');
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const out: Record<string, string> = {};
for (const set of ['passages', 'holdout', 'holdout2', 'holdout3', 'holdout4'] as const) {
  out[set] = hash(loadNamedEvalSet(set).map((p) => key(detect(plainTextDocument(p.text)))).join('\n##\n'));
}
out.seed = hash(key(detect(plainTextDocument(readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8')))));
for (const size of [1000, 5000]) {
  const { document } = parseHTML(generatePage(size));
  const doc: DocumentText = extractText(document as unknown as Document);
  out[`page${size}-whole`] = hash(key(detect(doc)));
  for (const slice of [5000, 40000]) {
    const context: DocumentContext = { entities: {}, topics: {} };
    const all: Mention[] = [];
    for (let i = 0; i < doc.blocks.length; ) {
      const first = i; let taken = 0;
      for (; i < doc.blocks.length && (taken < slice || i === first); i++) taken += doc.blocks[i]!.end - doc.blocks[i]!.start;
      const lo = Math.max(0, first - 1), hi = Math.min(doc.blocks.length, i + 1);
      const wanted: number[] = []; for (let k = first; k < i; k++) wanted.push(k - lo);
      const found = detect({ text: doc.text, blocks: doc.blocks.slice(lo, hi) }, { blocks: wanted, context });
      all.push(...found);
      const counts = summarize(found);
      for (const [k, v] of Object.entries(counts.entities) as Array<[EntityId, number]>) context.entities[k] = (context.entities[k] ?? 0) + v;
      for (const [k, v] of Object.entries(counts.topics) as Array<[TopicId, number]>) context.topics[k] = (context.topics[k] ?? 0) + v;
    }
    out[`page${size}-sliced${slice}`] = hash(key(all)) + ` n=${all.length}`;
  }
}
console.log(JSON.stringify(out, null, 1));

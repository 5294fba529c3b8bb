import type { Detector } from '../../../lib/content/detector';
import type { DetectOptions } from '../../../lib/engine';
import type { HighlightEnv } from '../../../lib/highlight/layer';
import type { Category, DocumentText, EntityId, Mention } from '../../../lib/types';

/** A scripted detector: fixed words, one category each, never across blocks. Counts its calls. */
const WORDS: Record<string, [Category, EntityId | null]> = {
  Claude: ['company', 'anthropic'],
  DeepSeek: ['company', 'deepseek'],
  leak: ['leak', null],
  Amodei: ['person', 'dario-amodei'],
};

export function scriptedDetect(doc: DocumentText, options: DetectOptions = {}): Mention[] {
  const mentions: Mention[] = [];
  const blocks = options.blocks ? options.blocks.map((i) => doc.blocks[i]!) : doc.blocks;
  for (const block of blocks) {
    const text = doc.text.slice(block.start, block.end);
    for (const match of text.matchAll(/Claude|DeepSeek|leak|Amodei/g)) {
      const [category, entity] = WORDS[match[0]] as [Category, EntityId | null];
      const start = block.start + (match.index ?? 0);
      mentions.push({ category, entity, start, end: start + match[0].length, text: match[0], reason: `word ${match[0]}` });
    }
  }
  return mentions;
}

export interface DetectCall {
  /** The text read: the requested blocks, or all of it. */
  text: string;
  options: DetectOptions;
}

export function scriptedDetector() {
  const calls: DetectCall[] = [];
  const detector: Detector = {
    detect: (doc, options = {}) => {
      const blocks = options.blocks ? options.blocks.map((i) => doc.blocks[i]!) : doc.blocks;
      calls.push({ text: blocks.map((b) => doc.text.slice(b.start, b.end)).join('|'), options });
      return scriptedDetect(doc, options);
    },
  };
  return { detector, calls };
}

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export function fakeHighlightEnv() {
  const registry = new Map<string, Highlight>();
  const env: HighlightEnv = { registry, createHighlight: () => new FakeHighlight() as unknown as Highlight };
  return { registry, env };
}

/** happy-dom has no StaticRange: a plain object with the same fields is what the code reads. */
export const fakeStaticRange = (init: StaticRangeInit) => ({ ...init, collapsed: false }) as unknown as StaticRange;

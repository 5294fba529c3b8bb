/** Shared vocabulary of the engine, the content script, the popup and the `scan` command. */

export const CATEGORIES = ['leak', 'distillation', 'policy', 'company', 'person'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TOPIC_CATEGORIES = ['leak', 'distillation', 'policy'] as const;
export type TopicId = (typeof TOPIC_CATEGORIES)[number];

export const ENTITY_IDS = [
  'anthropic',
  'deepseek',
  'moonshot-ai',
  'minimax',
  'shou-chaofan',
  'zhang-ruiwang',
  'dario-amodei',
] as const;
export type EntityId = (typeof ENTITY_IDS)[number];

/** A run of text that belongs to one block (paragraph, cell, list item...). Mentions never cross blocks. */
export interface BlockSpan {
  start: number;
  end: number;
}

/**
 * Text as a reader sees it: `text` is the whole extracted text; `blocks` are the ranges of it that are
 * blocks. Text outside every block (separators) is never part of a mention.
 */
export interface DocumentText {
  text: string;
  blocks: BlockSpan[];
}

export interface Mention {
  category: Category;
  /** The entity this mention is about; a product counts as its maker; null for topic mentions. */
  entity: EntityId | null;
  /** Offsets into DocumentText.text, end exclusive; text === doc.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Why this matched, for people: which rule decided and which context words supported it. */
  reason: string;
}

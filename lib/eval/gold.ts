import type { Category, EntityId } from '../types';

/** A labelled mention with its span resolved in the passage's text (end exclusive). */
export interface GoldMention {
  category: Category;
  entity: EntityId | null;
  start: number;
  end: number;
  text: string;
}

export interface EvalPassage {
  id: string;
  lang: 'en' | 'zh';
  text: string;
  hardNegative: boolean;
  note?: string;
  gold: GoldMention[];
}

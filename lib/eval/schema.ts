import { z } from 'zod';
import { CATEGORIES, ENTITY_IDS, type Category, type EntityId } from '../types';

/**
 * The labelled evaluation set's file format. Passages are written by hand, so every field is checked on
 * load and a mistake names the passage and the field instead of silently skewing the figures.
 */

const COMPANY_IDS: readonly EntityId[] = ['anthropic', 'deepseek', 'moonshot-ai', 'minimax'];
const PERSON_IDS: readonly EntityId[] = ['shou-chaofan', 'zhang-ruiwang', 'dario-amodei'];

/** The entity a category allows: companies and people need one of theirs, topics none. */
export function entityFitsCategory(category: Category, entity: EntityId | null): boolean {
  if (category === 'company') return entity !== null && COMPANY_IDS.includes(entity);
  if (category === 'person') return entity !== null && PERSON_IDS.includes(entity);
  return entity === null;
}

export const goldLabelSchema = z
  .strictObject({
    category: z.enum(CATEGORIES),
    entity: z.enum(ENTITY_IDS).nullable(),
    /** The exact substring of the passage's text. */
    text: z.string().min(1),
    /** Which occurrence of `text` (0-based, counting overlapping ones) when it appears more than once. */
    occurrence: z.number().int().min(0).optional(),
  })
  .refine((label) => entityFitsCategory(label.category, label.entity), {
    message: 'entity does not fit the category (company/person need their entity id, topics need null)',
    path: ['entity'],
  });
export type GoldLabel = z.infer<typeof goldLabelSchema>;

export const passageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case kebab-case'),
  lang: z.enum(['en', 'zh']),
  text: z.string().min(1),
  /** Written to contain a trap (an ambiguous word in its other sense); it may also hold true mentions. */
  hardNegative: z.boolean(),
  note: z.string().optional(),
  mentions: z.array(goldLabelSchema),
});
export type Passage = z.infer<typeof passageSchema>;

export const passageFileSchema = z.array(passageSchema).min(1);

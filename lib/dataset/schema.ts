import { z } from 'zod';
import { CATEGORIES, ENTITY_IDS, TOPIC_CATEGORIES } from '../types';
import { entityLexiconSchema, topicLexiconSchema } from '../engine/lexicon-schema';

/**
 * The bundled dataset's schema: the single source of truth for its types.
 * Checked at build time (wxt.config.ts hook) and in unit tests.
 */

/** Text that shows something: whitespace alone would render as an empty card line. */
const text = z.string().regex(/\S/, 'expected non-empty text');

export const bilingual = z.object({ en: text, zh: text }).strict();
export type Bilingual = z.infer<typeof bilingual>;

/** A calendar date, or a month when the day is not known. */
export const eventDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');

export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https$/, error: 'source URL must be https' }),
    /** Who published it (outlet, company, registry). */
    publisher: z.string().min(1),
    /** Publication date of the source when known. */
    date: eventDate.optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const FACT_STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'corrects-article'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const factSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** One of the few facts a reader of any article on the story should know. */
    key: z.boolean(),
    category: z.enum(CATEGORIES),
    entities: z.array(z.enum(ENTITY_IDS)),
    date: eventDate,
    status: z.enum(FACT_STATUSES),
    text: bilingual,
    /** For corrects-article (and disputed where the article took a side): what the article said. */
    articleSays: bilingual.optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type Fact = z.infer<typeof factSchema>;

export const faqSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** One of the five questions in the seed article's own FAQ. */
    fromArticle: z.boolean(),
    question: bilingual,
    answer: bilingual,
    categories: z.array(z.enum(CATEGORIES)).min(1),
    entities: z.array(z.enum(ENTITY_IDS)),
    /** Facts the answer rests on (their sources are the answer's sources). */
    facts: z.array(z.string()).min(1),
  })
  .strict();
export type Faq = z.infer<typeof faqSchema>;

export const entitySchema = z
  .object({
    id: z.enum(ENTITY_IDS),
    kind: z.enum(['company', 'person']),
    name: bilingual,
    description: bilingual,
    lexicon: entityLexiconSchema,
  })
  .strict();
export type Entity = z.infer<typeof entitySchema>;

export const topicSchema = z
  .object({
    id: z.enum(TOPIC_CATEGORIES),
    name: bilingual,
    description: bilingual,
    lexicon: topicLexiconSchema,
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

export const datasetSchema = z
  .object({
    entities: z.array(entitySchema),
    topics: z.array(topicSchema),
    facts: z.array(factSchema).min(30),
    faq: z.array(faqSchema).min(12),
  })
  .strict();
export type Dataset = z.infer<typeof datasetSchema>;

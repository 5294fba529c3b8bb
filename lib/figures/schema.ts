import { z } from 'zod';
import { bilingual, sourceSchema } from '../dataset/schema';
import { CATEGORIES, ENTITY_IDS } from '../types';

/**
 * The sourced figures that the figure check compares a page against (assets/data/figures.json).
 * A figure applies to a sentence only when the sentence holds a mention of one of its categories or
 * entities, so numbers in unrelated sentences are never compared.
 */

const context = z
  .object({
    categories: z.array(z.enum(CATEGORIES)),
    entities: z.array(z.enum(ENTITY_IDS)),
  })
  .strict()
  .refine((c) => c.categories.length + c.entities.length > 0, 'a figure needs at least one category or entity');

/** Words that tie a number to what it counts; they must follow the number closely ("24,000 fake accounts"). */
const units = z.object({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) }).strict();

const common = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  context,
  /** What the sources say, for the reader ("about 512,000 lines in about 1,900 files"). */
  sourced: bilingual,
  sources: z.array(sourceSchema).min(1),
  /**
   * The dataset fact that corrects this figure when a page gets it wrong ("leak-not-decrypted" for "decrypted"): a
   * page the check flags does speak of it, so the popup does not also list the fact as missing from the page.
   */
  corrects: z.string().regex(/^[a-z0-9-]+$/).optional(),
};

export const countFigureSchema = z
  .object({
    ...common,
    kind: z.literal('count'),
    units,
    /** Values the sources give; a page number agrees when it is within `tolerance` of one of them. */
    values: z
      .array(
        z
          .object({
            value: z.number().positive(),
            /** Only this entity's value applies when a sentence names exactly this one of `entities`. */
            entity: z.enum(ENTITY_IDS).optional(),
          })
          .strict(),
      )
      .min(1),
    /** Relative tolerance: 0.05 lets "about half a million" agree with 512,000. */
    tolerance: z.number().min(0).max(0.5),
    /** Numbers outside this range are about something else ("3 times", "2 accounts") and are ignored. */
    plausible: z.tuple([z.number().nonnegative(), z.number().positive()]),
  })
  .strict();

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);

export const dateFigureSchema = z
  .object({
    ...common,
    kind: z.literal('date'),
    /** The date the check is about. */
    date: isoDay,
    /** Verbs that make a date in the sentence a claim about this event ("published", "指控"). */
    cues: z.object({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) }).strict(),
    /** Other dates the sources give for related events; a page date that is one of them agrees. */
    alsoSourced: z.array(z.union([isoDay, isoMonth])),
    /**
     * Dates further than this many days before or after `date` are about something else and are ignored
     * (a few days after a leak is usually its aftermath: "by April 3, mirrors…").
     */
    window: z.object({ before: z.number().int().nonnegative(), after: z.number().int().nonnegative() }).strict(),
  })
  .strict();

export const versionFigureSchema = z
  .object({
    ...common,
    kind: z.literal('version'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** Versions the sources discuss (the ones before and after); these agree too. */
    alsoSourced: z.array(z.string().regex(/^\d+\.\d+\.\d+$/)),
  })
  .strict();

export const claimFigureSchema = z
  .object({
    ...common,
    kind: z.literal('claim'),
    /** Regular expressions (source text, case-insensitive) for the wrong claim, per language. */
    patterns: z.object({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) }).strict(),
  })
  .strict();

export const figureSchema = z.discriminatedUnion('kind', [
  countFigureSchema,
  dateFigureSchema,
  versionFigureSchema,
  claimFigureSchema,
]);
export type Figure = z.infer<typeof figureSchema>;
export type CountFigure = z.infer<typeof countFigureSchema>;
export type DateFigure = z.infer<typeof dateFigureSchema>;
export type VersionFigure = z.infer<typeof versionFigureSchema>;
export type ClaimFigure = z.infer<typeof claimFigureSchema>;

export const figuresFileSchema = z
  .object({ figures: z.array(figureSchema).min(1) })
  .strict()
  .refine((file) => new Set(file.figures.map((f) => f.id)).size === file.figures.length, 'figure ids must be unique');
export type FiguresFile = z.infer<typeof figuresFileSchema>;

import { z } from 'zod';
import { CATEGORIES, ENTITY_IDS } from '../types';

/**
 * The one messaging protocol between popup, content script and background.
 * Every message is validated on receipt (see parseMessage).
 */

export const mentionSchema = z.object({
  category: z.enum(CATEGORIES),
  entity: z.enum(ENTITY_IDS).nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  reason: z.string(),
});

/** A mention as the popup sees it: with the sentence around it, for the figure check. */
export const pageMentionSchema = mentionSchema.extend({
  sentence: z.string(),
});
export type PageMention = z.infer<typeof pageMentionSchema>;

export const pageStateSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** BCP 47 language of the page as declared (or guessed from its text). */
  lang: z.string(),
  paused: z.boolean(),
  mentions: z.array(pageMentionSchema),
  /** Index of the current mention in navigation order, -1 when none is selected. */
  current: z.number().int(),
});
export type PageState = z.infer<typeof pageStateSchema>;

export const navigationResultSchema = z.object({
  index: z.number().int(),
  total: z.number().int().nonnegative(),
});
export type NavigationResult = z.infer<typeof navigationResultSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  /** popup → content script: answer with PageState. */
  z.object({ type: z.literal('get-page-state') }),
  /** popup/background → content script: step through mentions; answers NavigationResult. */
  z.object({ type: z.literal('navigate'), direction: z.enum(['next', 'previous']) }),
  /** content script → background: set the toolbar badge for the sender's tab. */
  z.object({ type: z.literal('mention-count'), count: z.number().int().nonnegative() }),
]);
export type Message = z.infer<typeof messageSchema>;

export function parseMessage(raw: unknown): Message | null {
  const result = messageSchema.safeParse(raw);
  return result.success ? result.data : null;
}

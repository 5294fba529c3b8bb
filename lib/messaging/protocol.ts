// zod/mini (see settings/schema.ts): the content script builds these on every page.
import { z } from 'zod/mini';
import { builtOnFirstUse, once } from '../built-on-first-use';
import { CATEGORIES, ENTITY_IDS, TOPIC_CATEGORIES } from '../types';

/**
 * The one messaging protocol between popup, content script and background.
 * Every message is validated on receipt (see parseMessage).
 */

// Bounds on one slice, far above what the content script sends (it sends tens of kilobytes), so a
// malformed sender cannot make the background hold megabytes per message.
export const MAX_SLICE_TEXT = 1 << 20;
export const MAX_SLICE_BLOCKS = 50_000;

// Every schema is built together on first use (built-on-first-use.ts), not in the content script's first task.
const protocol = once(() => {
  const mentionSchema = z.object({
    category: z.enum(CATEGORIES),
    entity: z.nullable(z.enum(ENTITY_IDS)),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    text: z.string(),
    reason: z.string(),
  });

  /** A mention as the popup sees it: with the sentence around it, for the figure check. */
  const pageMentionSchema = z.extend(mentionSchema, {
    sentence: z.string(),
  });

  const pageStateSchema = z.object({
    url: z.string(),
    title: z.string(),
    /** BCP 47 language of the page as declared (or guessed from its text). */
    lang: z.string(),
    paused: z.boolean(),
    mentions: z.array(pageMentionSchema),
    /**
     * Sentences of the mentions' paragraphs that hold no mention but may state a key fact, with what the paragraph's
     * mentions are about ("Not on this page" reads them too).
     */
    contextSentences: z.optional(
      z.array(
        z.object({
          sentence: z.string(),
          categories: z.array(z.enum(CATEGORIES)),
          entities: z.array(z.enum(ENTITY_IDS)),
        }),
      ),
    ),
    /** Index of the current mention in navigation order, -1 when none is selected. */
    current: z.int(),
  });

  const navigationResultSchema = z.object({
    index: z.int(),
    total: z.int().check(z.nonnegative()),
  });

  const count = z.int().check(z.nonnegative());

  /** Which entities and topics a page mentions elsewhere: the context a slice is read with. */
  const documentContextSchema = z.object({
    entities: z.partialRecord(z.enum(ENTITY_IDS), count),
    topics: z.partialRecord(z.enum(TOPIC_CATEGORIES), count),
  });

  /**
   * content script → background: detect mentions in one slice of a page, in order within a session.
   * `blocks` are offsets into `text`; only the blocks listed in `wanted` are reported (the others are
   * neighbours read for context). The first slice (seq 0) carries the page's context so far; later
   * slices are read with it plus every mention found in the session's earlier slices.
   */
  const detectSliceSchema = z.object({
    type: z.literal('detect-slice'),
    session: z.string().check(z.minLength(1), z.maxLength(64)),
    seq: count,
    last: z.boolean(),
    text: z.string().check(z.maxLength(MAX_SLICE_TEXT)),
    blocks: z.array(z.object({ start: count, end: count })).check(z.maxLength(MAX_SLICE_BLOCKS)),
    wanted: z.array(count).check(z.maxLength(MAX_SLICE_BLOCKS)),
    context: z.optional(documentContextSchema),
  });

  /** The background's answer to detect-slice: mentions in the slice's offsets, or why it could not. */
  const detectSliceReplySchema = z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), mentions: z.array(mentionSchema) }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);

  /** The background's answer to prepare-detection: its engine is compiled and it takes slices. */
  const prepareReplySchema = z.object({ ready: z.literal(true) });

  const messageSchema = z.discriminatedUnion('type', [
    /** popup → content script: answer with PageState. */
    z.object({ type: z.literal('get-page-state') }),
    /** popup/background → content script: step through mentions; answers NavigationResult. */
    z.object({ type: z.literal('navigate'), direction: z.enum(['next', 'previous']) }),
    /** content script → background: set the toolbar badge for the sender's tab. */
    z.object({ type: z.literal('mention-count'), count }),
    detectSliceSchema,
    /**
     * content script → background, at start: compile the engine (waking the background if it slept);
     * answers PrepareReply once it is ready.
     */
    z.object({ type: z.literal('prepare-detection') }),
  ]);

  return {
    mentionSchema,
    pageMentionSchema,
    pageStateSchema,
    navigationResultSchema,
    documentContextSchema,
    detectSliceSchema,
    detectSliceReplySchema,
    prepareReplySchema,
    messageSchema,
  };
});

export const mentionSchema = builtOnFirstUse(() => protocol().mentionSchema);
export const pageMentionSchema = builtOnFirstUse(() => protocol().pageMentionSchema);
export type PageMention = z.infer<typeof pageMentionSchema>;
export const pageStateSchema = builtOnFirstUse(() => protocol().pageStateSchema);
export type PageState = z.infer<typeof pageStateSchema>;
/** A sentence near mentions that holds none, with what its paragraph's mentions are about. */
export type ContextSentence = NonNullable<PageState['contextSentences']>[number];
export const navigationResultSchema = builtOnFirstUse(() => protocol().navigationResultSchema);
export type NavigationResult = z.infer<typeof navigationResultSchema>;
export const documentContextSchema = builtOnFirstUse(() => protocol().documentContextSchema);
export const detectSliceSchema = builtOnFirstUse(() => protocol().detectSliceSchema);
export type DetectSliceRequest = z.infer<typeof detectSliceSchema>;
export const detectSliceReplySchema = builtOnFirstUse(() => protocol().detectSliceReplySchema);
export type DetectSliceReply = z.infer<typeof detectSliceReplySchema>;
export const prepareReplySchema = builtOnFirstUse(() => protocol().prepareReplySchema);
export type PrepareReply = z.infer<typeof prepareReplySchema>;
export const messageSchema = builtOnFirstUse(() => protocol().messageSchema);
export type Message = z.infer<typeof messageSchema>;

export function parseMessage(raw: unknown): Message | null {
  const result = messageSchema.safeParse(raw);
  return result.success ? result.data : null;
}

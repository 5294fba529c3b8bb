import { z } from 'zod/mini';
import { builtOnFirstUse } from '../built-on-first-use';
import { CATEGORIES, ENTITY_IDS, type Category, type EntityId, type Mention } from '../types';
import type { DetectSliceReply } from './protocol';

/**
 * How the background's answer to a detect-slice travels: flat arrays of numbers and each distinct reason
 * once, not an object per mention. A huge page has tens of thousands of mentions; as objects, checking
 * them with zod and building them again cost the page's main thread more than the detection saved.
 * The text of a mention is not sent at all: the content script cuts it from the slice it sent.
 *
 *   spans    [start, end, start, end, …] in the slice's offsets
 *   kinds    category index × KIND_STRIDE + entity index + 1 (0: no entity), one per mention
 *   reasonOf index into `reasons`, one per mention
 */
const KIND_STRIDE = ENTITY_IDS.length + 1;
const MAX_KIND = CATEGORIES.length * KIND_STRIDE - 1;

/** Whether every element is an integer in [0, max]: one tight loop, no per-element schema call. */
function isIndexArray(value: unknown, max: number): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const n of value) if (!(typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max)) return false;
  return true;
}

/**
 * An array of indices, checked in one loop: a huge page's replies hold ~200k numbers, and `z.array(z.number()…)`
 * spent ~40 ms of the page's main thread on them (20k paragraphs, Chromium profile).
 */
const indexArray = (max = Number.MAX_SAFE_INTEGER, what = 'indices') =>
  z.custom<number[]>((value) => isIndexArray(value, max), { message: `expected an array of ${what}` });

// Built on first use (built-on-first-use.ts), not in the content script's first task.
export const wireReplySchema = builtOnFirstUse(() =>
  z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      spans: indexArray(),
      kinds: indexArray(MAX_KIND, 'kinds'),
      reasonOf: indexArray(),
      reasons: z.array(z.string()),
    }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type WireReply = z.infer<typeof wireReplySchema>;

export function encodeReply(reply: DetectSliceReply): WireReply {
  if (!reply.ok) return reply;
  const spans: number[] = [];
  const kinds: number[] = [];
  const reasonOf: number[] = [];
  const reasons: string[] = [];
  const reasonIds = new Map<string, number>();
  for (const mention of reply.mentions) {
    spans.push(mention.start, mention.end);
    kinds.push(CATEGORIES.indexOf(mention.category) * KIND_STRIDE + (mention.entity ? ENTITY_IDS.indexOf(mention.entity) + 1 : 0));
    let id = reasonIds.get(mention.reason);
    if (id === undefined) {
      id = reasons.length;
      reasons.push(mention.reason);
      reasonIds.set(mention.reason, id);
    }
    reasonOf.push(id);
  }
  return { ok: true, spans, kinds, reasonOf, reasons };
}

/**
 * The mentions of a reply, checked against the text the slice sent (spans inside it, start before end)
 * and moved by `base` into the page's offsets; a string saying what is wrong when the reply is not a
 * valid answer.
 */
export function decodeReply(raw: unknown, text: string, base: number): Mention[] | string {
  const parsed = wireReplySchema.safeParse(raw);
  if (!parsed.success) return 'the background sent no valid detection reply';
  const reply = parsed.data;
  if (!reply.ok) return `background detection failed: ${reply.error}`;
  const count = reply.kinds.length;
  if (reply.spans.length !== 2 * count || reply.reasonOf.length !== count) return 'the background sent a reply of mismatched lengths';
  const mentions: Mention[] = [];
  for (let i = 0; i < count; i++) {
    const start = reply.spans[2 * i] as number;
    const end = reply.spans[2 * i + 1] as number;
    const kind = reply.kinds[i] as number;
    const reason = reply.reasons[reply.reasonOf[i] as number];
    const entityIndex = (kind % KIND_STRIDE) - 1;
    if (!(start < end && end <= text.length) || reason === undefined) return 'the background sent a mention outside its slice';
    mentions.push({
      category: CATEGORIES[Math.floor(kind / KIND_STRIDE)] as Category,
      entity: entityIndex < 0 ? null : (ENTITY_IDS[entityIndex] as EntityId),
      start: start + base,
      end: end + base,
      text: text.slice(start, end),
      reason,
    });
  }
  return mentions;
}

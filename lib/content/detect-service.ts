import { encodeReply, type WireReply } from '../messaging/detect-wire';
import type { DetectSliceReply, DetectSliceRequest } from '../messaging/protocol';
import type { DetectOptions, DocumentContext } from '../engine';
import type { DocumentText, Mention, TopicId } from '../types';

/**
 * The background's side of detection for content scripts. A content script sends its page in
 * slices (see remote-detection.ts); the engine lives here, compiled once and kept warm across pages
 * and tabs, and runs beside the page instead of on its main thread.
 *
 * A session is one pass of one frame: its slices must come in order (seq 0, 1, 2 …), and each is
 * read with the context the first one brought plus the mentions of every earlier slice, exactly as
 * the content script's own sliced pass reads them. Sessions end with their last slice, or are
 * dropped when idle (a tab closed mid-pass) or when too many are open.
 */
export type DetectFn = (doc: DocumentText, options: DetectOptions) => Mention[];

interface Session {
  context: DocumentContext;
  next: number;
  touched: number;
}

export const SESSION_IDLE_MS = 60_000;
export const MAX_SESSIONS = 64;

export class DetectService {
  readonly #detect: DetectFn;
  readonly #now: () => number;
  readonly #sessions = new Map<string, Session>();

  constructor(detect: DetectFn, now: () => number = () => Date.now()) {
    this.#detect = detect;
    this.#now = now;
  }

  get openSessions(): number {
    return this.#sessions.size;
  }

  /** The reply as it travels back to the content script (detect-wire.ts). */
  answer(request: DetectSliceRequest): WireReply {
    return encodeReply(this.handle(request));
  }

  handle(request: DetectSliceRequest): DetectSliceReply {
    const now = this.#now();
    this.#sweep(now, request.seq === 0 && !this.#sessions.has(request.session));
    let session = this.#sessions.get(request.session);
    if (request.seq === 0) {
      session = { context: copyContext(request.context ?? { entities: {}, topics: {} }), next: 0, touched: now };
      this.#sessions.set(request.session, session);
    }
    if (!session) return { ok: false, error: `unknown session ${request.session} (expired?)` };
    if (request.seq !== session.next) {
      this.#sessions.delete(request.session);
      return { ok: false, error: `slice ${request.seq} came before slice ${session.next}` };
    }
    const problem = invalidSlice(request);
    if (problem) {
      this.#sessions.delete(request.session);
      return { ok: false, error: problem };
    }
    const mentions = this.#detect({ text: request.text, blocks: request.blocks }, { blocks: request.wanted, context: session.context });
    addMentionCounts(session.context, mentions);
    session.next++;
    session.touched = now;
    if (request.last) this.#sessions.delete(request.session);
    return { ok: true, mentions };
  }

  /** Drops idle sessions, and with `opening`, the oldest ones until a new one fits. */
  #sweep(now: number, opening: boolean): void {
    for (const [id, session] of this.#sessions) if (now - session.touched > SESSION_IDLE_MS) this.#sessions.delete(id);
    if (!opening) return;
    // Oldest first (a Map keeps insertion order): room for a new session without unbounded growth.
    for (const id of this.#sessions.keys()) {
      if (this.#sessions.size < MAX_SESSIONS) break;
      this.#sessions.delete(id);
    }
  }
}

/** Blocks inside the text and in order, wanted blocks that exist: what the engine assumes of a slice. */
function invalidSlice(request: DetectSliceRequest): string | null {
  let previousEnd = 0;
  for (const block of request.blocks) {
    if (block.end < block.start || block.end > request.text.length || block.start < previousEnd) return 'blocks out of order or outside the text';
    previousEnd = block.end;
  }
  if (request.wanted.some((i) => i >= request.blocks.length)) return 'a wanted block does not exist';
  return null;
}

function copyContext(context: DocumentContext): DocumentContext {
  return { entities: { ...context.entities }, topics: { ...context.topics } };
}

/** Counts mentions into a context the way the content script's MentionStore counts what it highlights. */
export function addMentionCounts(context: DocumentContext, mentions: readonly Mention[]): void {
  for (const mention of mentions) {
    if (mention.entity) context.entities[mention.entity] = (context.entities[mention.entity] ?? 0) + 1;
    else context.topics[mention.category as TopicId] = (context.topics[mention.category as TopicId] ?? 0) + 1;
  }
}

import type { DocumentContext } from '../engine';
import { decodeReply } from '../messaging/detect-wire';
import type { DetectSliceRequest } from '../messaging/protocol';
import type { BlockSpan, DocumentText, Mention } from '../types';

/**
 * The content script's side of background detection (detect-service.ts): one RemoteSession per pass,
 * slices sent in order as soon as they are cut, each answer checked and moved back to page offsets.
 * Any failure (no background, a reply that does not parse, an error reply) rejects, and the caller
 * detects the rest on the page itself: the background makes scans faster, never necessary.
 */
export type SendDetect = (request: DetectSliceRequest) => Promise<unknown>;

/**
 * How long a slice may take before the page stops waiting and reads it itself: far above the background's
 * tens of milliseconds, so only a background that is gone (or stuck) ever reaches it.
 */
export const ANSWER_TIMEOUT_MS = 15_000;

/** A send that throws (an extension context gone) becomes a rejection, like one that fails later. */
function sendSafely(send: SendDetect, request: DetectSliceRequest): Promise<unknown> {
  try {
    return send(request);
  } catch (error) {
    return Promise.reject(error);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the background within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let sessionCounter = 0;

/** Unique enough within one browser profile; not a secret (crypto.randomUUID needs a secure page). */
function sessionId(): string {
  sessionCounter++;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${sessionCounter}`;
}

export class RemoteSession {
  readonly #send: SendDetect;
  readonly #id = sessionId();
  #seq = 0;
  #context: DocumentContext | undefined;

  constructor(send: SendDetect, context: DocumentContext) {
    this.#send = send;
    this.#context = context;
  }

  /**
   * Detects blocks `wanted` of `doc` (their neighbours in `blocks` are read for context). Only the
   * text the blocks cover is sent; mentions come back in doc's offsets.
   */
  detect(doc: DocumentText, wanted: number[], last: boolean): Promise<Mention[]> {
    return this.detectSpans(doc.blocks, wanted, last, (start, end) => doc.text.slice(start, end));
  }

  /** detect() for blocks whose text is read through `textOf` (an extraction still under way). */
  detectSpans(blocks: readonly BlockSpan[], wanted: number[], last: boolean, textOf: (start: number, end: number) => string): Promise<Mention[]> {
    const first = blocks[0];
    const end = blocks[blocks.length - 1];
    const base = first ? first.start : 0;
    const request: DetectSliceRequest = {
      type: 'detect-slice',
      session: this.#id,
      seq: this.#seq++,
      last,
      text: first && end ? textOf(base, end.end) : '',
      blocks: blocks.map((b) => ({ start: b.start - base, end: b.end - base })),
      wanted,
      ...(this.#context ? { context: this.#context } : {}),
    };
    this.#context = undefined; // the background carries it on from the first slice
    return withTimeout(sendSafely(this.#send, request), ANSWER_TIMEOUT_MS).then((raw) => {
      const mentions = decodeReply(raw, request.text, base);
      if (typeof mentions === 'string') throw new Error(mentions);
      return mentions;
    });
  }
}

import { z } from 'zod/mini';
import { builtOnFirstUse } from '../built-on-first-use';
import type { DetectSliceRequest } from '../messaging/protocol';
import { ANSWER_TIMEOUT_MS, type SendDetect } from './remote-detection';

/**
 * Detect-slice requests over one long-lived port to the background instead of one message each: a
 * one-off message opens and closes a channel every time, which on a huge page (fifty slices) cost more
 * than the detection of a slice. Answers are matched to requests by session and slice number; when the
 * port closes (the background stopped), everything pending is rejected and the next request connects
 * again.
 */
export const DETECT_PORT = 'leak-lens-detect';

/** After this, a request still unanswered is dropped (RemoteSession stops waiting earlier, at ANSWER_TIMEOUT_MS). */
export const FORGET_AFTER_MS = ANSWER_TIMEOUT_MS + 1_000;

/** The part of runtime.Port both browsers share that we use. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What travels back on the port: the answer to one slice. */
export const portAnswerSchema = builtOnFirstUse(() =>
  z.object({ session: z.string(), seq: z.int().check(z.nonnegative()), reply: z.unknown() }),
);

interface Waiting {
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

export function portSender(connect: () => PortLike): SendDetect {
  let port: PortLike | null = null;
  const waiting = new Map<string, Waiting>();
  const key = (session: string, seq: number) => `${session}:${seq}`;

  const open = (): PortLike => {
    const opened = connect();
    opened.onMessage.addListener((raw) => {
      const answer = portAnswerSchema.safeParse(raw);
      if (!answer.success) return;
      const id = key(answer.data.session, answer.data.seq);
      waiting.get(id)?.resolve(answer.data.reply);
      waiting.delete(id);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const pending of waiting.values()) pending.reject(new Error('the background closed the detection port'));
      waiting.clear();
    });
    return opened;
  };

  return (request: DetectSliceRequest) =>
    new Promise<unknown>((resolve, reject) => {
      port ??= open();
      const id = key(request.session, request.seq);
      // Forget a request the background never answers (the caller has given up on it by then).
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('no answer on the detection port'));
      }, FORGET_AFTER_MS);
      waiting.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      try {
        port.postMessage(request);
      } catch (error) {
        // A port that cannot send is gone for good: the next request connects again.
        waiting.get(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        waiting.delete(id);
        port = null;
        throw error;
      }
    });
}

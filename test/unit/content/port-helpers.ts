import { DetectService } from '../../../lib/content/detect-service';
import type { PortLike } from '../../../lib/content/port-sender';
import { detect } from '../../../lib/engine';
import { parseMessage } from '../../../lib/messaging/protocol';

/** A JSON round trip, as a port between two extension contexts makes of each message. */
const overTheWire = (value: unknown): unknown => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));

/** The content script's end of a port, driven by the test: what was posted, and the other end's moves. */
export class FakePort implements PortLike {
  readonly posted: unknown[] = [];
  readonly #messageListeners: ((message: unknown) => void)[] = [];
  readonly #disconnectListeners: (() => void)[] = [];
  /** What postMessage does besides recording (a background answering, or a dead port throwing). */
  onPost: (message: unknown) => void = () => undefined;

  readonly onMessage = { addListener: (listener: (message: unknown) => void) => void this.#messageListeners.push(listener) };
  readonly onDisconnect = { addListener: (listener: () => void) => void this.#disconnectListeners.push(listener) };

  postMessage(message: unknown): void {
    this.posted.push(overTheWire(message));
    this.onPost(message);
  }

  /** The background posts `message` on the port. */
  deliver(message: unknown): void {
    for (const listener of this.#messageListeners) listener(overTheWire(message));
  }

  /** The background's end closes (its service worker stopped). */
  disconnect(): void {
    for (const listener of this.#disconnectListeners) listener();
  }
}

/** A connect function that opens FakePorts and keeps them, newest last. */
export function fakeConnect(setUp: (port: FakePort) => void = () => undefined) {
  const ports: FakePort[] = [];
  const connect = () => {
    const port = new FakePort();
    setUp(port);
    ports.push(port);
    return port;
  };
  return { connect, ports };
}

/**
 * A background behind ports, as background-wiring.ts answers them: each detect-slice is read by one
 * DetectService with the real engine and its wire reply posted back a task later (a port is asynchronous).
 */
export function portBackground(service = new DetectService((doc, options) => detect(doc, options))) {
  const { connect, ports } = fakeConnect((port) => {
    port.onPost = (raw) => {
      const message = parseMessage(overTheWire(raw));
      if (message?.type !== 'detect-slice') return;
      const answer = { session: message.session, seq: message.seq, reply: service.answer(message) };
      setTimeout(() => port.deliver(answer), 0);
    };
  });
  return { service, connect, ports };
}

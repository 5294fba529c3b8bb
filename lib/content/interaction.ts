import type { CardHost } from '../card/card-host';
import type { Point } from './hit-test';
import type { Placed } from './mention-store';

/**
 * Pointer, keyboard and scroll handling for the hover card. Every listener is passive where it can be
 * and removed by `signal`. Nothing here calls focus() or preventDefault(): the card never takes focus
 * and the page keeps its own key handling.
 *
 * - pointer over a mention (hit-tested once per animation frame) opens its card after a short delay;
 *   leaving both the mention and the card closes it.
 * - the caret (caret browsing, F7) resting in a mention opens its card: keyboard access for reading.
 * - Escape closes the card; a click outside closes it; scrolling keeps it next to its mention.
 */
export interface InteractionDeps {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  card: CardHost;
  hitTest(point: Point): Placed | null;
  /** The mention whose text holds the collapsed selection (caret), if any. */
  atCaret(): Placed | null;
  shown(): Placed | null;
  open(placed: Placed, via: 'pointer' | 'caret'): void;
  close(): void;
  reposition(): void;
}

export const SHOW_DELAY_MS = 150;
export const HIDE_DELAY_MS = 300;

export function wireInteractions(deps: InteractionDeps): void {
  const { doc, win, signal, card } = deps;
  let pending: { x: number; y: number; onCard: boolean } | null = null;
  let frame = 0;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let openedByPointer = false;
  let candidate: Placed | null = null;

  const clearTimers = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
  };
  signal.addEventListener('abort', () => {
    clearTimers();
    win.cancelAnimationFrame(frame);
  });

  const evaluate = () => {
    frame = 0;
    const at = pending;
    pending = null;
    if (!at) return;
    if (at.onCard) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = deps.hitTest(at);
    if (hit && hit === deps.shown()) {
      clearTimeout(hideTimer);
      return;
    }
    if (hit) {
      if (hit === candidate) return;
      candidate = hit;
      clearTimeout(showTimer);
      showTimer = setTimeout(() => {
        openedByPointer = true;
        deps.open(hit, 'pointer');
      }, SHOW_DELAY_MS);
      return;
    }
    candidate = null;
    clearTimeout(showTimer);
    if (card.isOpen && openedByPointer && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        openedByPointer = false;
        deps.close();
      }, HIDE_DELAY_MS);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      pending = { x: event.clientX, y: event.clientY, onCard: card.contains(event) };
      if (pending.onCard) {
        clearTimeout(hideTimer);
        hideTimer = undefined;
      }
      if (frame === 0) frame = win.requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true, signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.isOpen) {
        clearTimers();
        openedByPointer = false;
        deps.close();
      }
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (card.isOpen && !card.contains(event)) {
        clearTimers();
        deps.close();
      }
    },
    { passive: true, capture: true, signal },
  );

  let caretFrame = 0;
  doc.addEventListener(
    'selectionchange',
    () => {
      if (caretFrame !== 0) return;
      caretFrame = win.requestAnimationFrame(() => {
        caretFrame = 0;
        const placed = deps.atCaret();
        if (placed && placed !== deps.shown()) {
          openedByPointer = false;
          deps.open(placed, 'caret');
        }
      });
    },
    { signal },
  );

  let scrollFrame = 0;
  const follow = () => {
    if (!card.isOpen || scrollFrame !== 0) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      deps.reposition();
    });
  };
  win.addEventListener('scroll', follow, { passive: true, capture: true, signal });
  win.addEventListener('resize', follow, { passive: true, signal });
}

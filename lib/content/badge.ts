/**
 * Toolbar badge bookkeeping (background side): each frame of a tab reports its own count; the badge
 * shows their sum. A tab's counts are forgotten when it starts loading a new page or closes.
 */
export class BadgeCounts {
  readonly #tabs = new Map<number, Map<number, number>>();

  /** Records one frame's count; returns the tab's new total. */
  set(tabId: number, frameId: number, count: number): number {
    let frames = this.#tabs.get(tabId);
    if (!frames) {
      frames = new Map();
      this.#tabs.set(tabId, frames);
    }
    frames.set(frameId, count);
    return this.total(tabId);
  }

  total(tabId: number): number {
    let sum = 0;
    for (const count of this.#tabs.get(tabId)?.values() ?? []) sum += count;
    return sum;
  }

  clear(tabId: number): void {
    this.#tabs.delete(tabId);
  }
}

/** What the badge says: nothing for zero, the number up to 999, then "999+". */
export function badgeText(count: number): string {
  if (!(count > 0)) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

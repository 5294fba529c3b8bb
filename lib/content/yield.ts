/**
 * Giving the page's main thread back between chunks of our work. scheduler.yield() (Chromium) resumes
 * us ahead of other queued tasks but after input; elsewhere a MessageChannel message is a fresh task
 * without setTimeout's 4 ms clamp.
 */
export const CHUNK_MS = 8;

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return yieldToTasks();
}

/**
 * Yields behind every task already queued (a MessageChannel message is a plain new task), so messages
 * that arrived meanwhile, such as the background's answers, run before we go on.
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Deadline for one chunk starting now. */
export function chunkDeadline(now: number = performance.now()): number {
  return now + CHUNK_MS;
}

interface PostTaskScheduler {
  postTask(
    callback: () => void,
    options?: { priority?: string; signal?: AbortSignal },
  ): Promise<unknown>;
}

/**
 * Runs `callback` in a later task of its own, so the page's input and rendering get the main
 * thread between two slices. `scheduler.postTask` where the browser has it (no 4 ms clamp on
 * nested timeouts), else a zero timeout.
 */
export function scheduleTask(callback: () => void, signal: AbortSignal): void {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    scheduler.postTask(callback, { priority: 'user-visible', signal }).catch(() => undefined);
    return;
  }
  const timer = setTimeout(callback, 0);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

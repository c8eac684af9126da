/** The longest delay `setTimeout` honours; a longer one fires at once (and loops a retrier). */
export const maxTimerMs = 2_147_483_647;

/** The reason an aborted signal carries, as an error to throw. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/**
 * Waits `ms` (in steps a timer can hold), or rejects with the signal's reason as soon as it
 * aborts. `wake` (the rate limiter's wait for a release) may end the wait early: it is given
 * the early end and returns how to stop listening.
 */
export function sleep(
  ms: number,
  signal?: AbortSignal,
  wake?: (early: () => void) => () => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let left = ms;
    let timer: ReturnType<typeof setTimeout>;
    let stopWaking: (() => void) | undefined;
    let over = false;
    const end = (aborted?: boolean) => {
      over = true;
      clearTimeout(timer);
      stopWaking?.();
      signal?.removeEventListener("abort", onAbort);
      if (aborted) reject(abortReason(signal as AbortSignal));
      else resolve();
    };
    const onAbort = () => end(true);
    const step = () => {
      const chunk = Math.min(left, maxTimerMs);
      left -= chunk;
      timer = setTimeout(left > 0 ? step : () => end(), chunk);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    step();
    // A store may call back at once (a slot freed meanwhile): stop listening then too.
    stopWaking = wake?.(() => end());
    if (over) stopWaking?.();
    // Aborted already: the listener will never fire.
    if (signal?.aborted) onAbort();
  });
}

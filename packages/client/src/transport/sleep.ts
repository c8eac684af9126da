/** The longest delay `setTimeout` honours; a longer one fires at once (and loops a retrier). */
export const maxTimerMs = 2_147_483_647;

/** The reason an aborted signal carries, as an error to throw. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Waits `ms` (in steps a timer can hold), or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    let left = ms;
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal ? abortReason(signal) : undefined);
    };
    const done = () => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    };
    const step = () => {
      const chunk = Math.min(left, maxTimerMs);
      left -= chunk;
      timer = setTimeout(left > 0 ? step : done, chunk);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    step();
  });
}

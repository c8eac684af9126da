import type { MissiveLogger, RateLimitOptions } from "./options.js";
import { abortReason } from "./sleep.js";

/** A slot to send one request; call the returned function once the answer is read. */
export type Release = () => void;

export interface RateLimiter {
  /** Waits for a free slot under every limit; rejects if `signal` aborts meanwhile. */
  acquire(signal?: AbortSignal): Promise<Release>;
  /** Holds every new request until `time` (after a 429 from Missive). */
  pauseUntil(time: number): void;
}

interface LimiterDeps {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  logger?: MissiveLogger | undefined;
}

/**
 * Missive allows 5 concurrent requests, 300 per minute and 900 per 15 minutes (Rate limits).
 * This limiter is a semaphore for the first and sliding windows for the others, so a single
 * client never trips them; it is per client, not shared across processes.
 *
 * A request counts against the windows while it is in flight and then from the moment its
 * answer arrived, not from when it was sent: Missive counts it when it arrives, which is
 * later, so windows started at the send would free up one network latency too early and a
 * request sent at a window's edge could get a 429.
 */
export function createRateLimiter(limits: RateLimitOptions, deps: LimiterDeps): RateLimiter {
  const concurrent = limits.concurrent ?? 5;
  const minuteMs = limits.windowMs ?? 60_000;
  const quarterMs = 15 * minuteMs;
  const windows = [
    { ms: minuteMs, max: limits.perMinute ?? 300, label: "per minute" },
    { ms: quarterMs, max: limits.per15Minutes ?? 900, label: "per 15 minutes" },
  ];
  /** Answer times of finished requests, oldest first; requests in flight count as well. */
  const answered: number[] = [];
  let inFlight = 0;
  let pausedUntil = 0;
  let waiters: Array<() => void> = [];

  const wakeAll = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };

  const nextRelease = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        waiters = waiters.filter((w) => w !== wake);
        reject(signal ? abortReason(signal) : undefined);
      };
      const wake = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      if (signal?.aborted) return onAbort();
      waiters.push(wake);
      signal?.addEventListener("abort", onAbort, { once: true });
    });

  /**
   * Milliseconds until a window has room, with the window that is full; `Infinity` when the
   * room depends on a request still in flight (then wait for a release).
   */
  const windowWait = (now: number) => {
    while (answered.length > 0 && (answered[0] ?? 0) <= now - quarterMs) answered.shift();
    let wait = pausedUntil > now ? { ms: pausedUntil - now, label: "after a 429" } : null;
    for (const w of windows) {
      let first = 0; // the first answer inside this window (binary search: `answered` is sorted)
      for (let high = answered.length; first < high; ) {
        const middle = (first + high) >>> 1;
        if ((answered[middle] ?? 0) > now - w.ms) high = middle;
        else first = middle + 1;
      }
      const counted = answered.length - first + inFlight;
      if (counted >= w.max) {
        // The request that must leave the window first; one in flight leaves only once answered.
        const leaving = first + counted - w.max;
        const ms =
          leaving < answered.length
            ? (answered[leaving] ?? now) + w.ms - now
            : Number.POSITIVE_INFINITY;
        if (!wait || ms > wait.ms) wait = { ms, label: `${w.max} requests ${w.label}` };
      }
    }
    return wait;
  };

  return {
    async acquire(signal) {
      for (;;) {
        if (signal?.aborted) throw abortReason(signal);
        if (inFlight >= concurrent) {
          await nextRelease(signal);
          continue;
        }
        const wait = windowWait(deps.now());
        if (wait?.ms === Number.POSITIVE_INFINITY) {
          await nextRelease(signal);
          continue;
        }
        if (wait) {
          deps.logger?.warn?.(
            `Missive rate limit: waiting ${Math.ceil(wait.ms)} ms (${wait.label}).`,
            { waitMs: wait.ms },
          );
          await deps.sleep(wait.ms, signal);
          continue;
        }
        inFlight++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          answered.push(deps.now());
          inFlight--;
          wakeAll();
        };
      }
    },
    pauseUntil(time) {
      pausedUntil = Math.max(pausedUntil, time);
    },
  };
}

import type { MissiveLogger, RateLimitOptions } from "./options.js";
import { abortReason } from "./sleep.js";

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;

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
 * This limiter is a semaphore for the first and sliding windows of request start times for the
 * others, so a single client never trips them; it is per client, not shared across processes.
 */
export function createRateLimiter(limits: RateLimitOptions, deps: LimiterDeps): RateLimiter {
  const concurrent = limits.concurrent ?? 5;
  const windows = [
    { ms: MINUTE, max: limits.perMinute ?? 300, label: "per minute" },
    { ms: QUARTER, max: limits.per15Minutes ?? 900, label: "per 15 minutes" },
  ];
  const starts: number[] = [];
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

  /** Milliseconds until a window has room, with the window that is full. */
  const windowWait = (now: number) => {
    while (starts.length > 0 && (starts[0] ?? 0) <= now - QUARTER) starts.shift();
    let wait = pausedUntil > now ? { ms: pausedUntil - now, label: "after a 429" } : null;
    for (const w of windows) {
      const inWindow = starts.filter((t) => t > now - w.ms);
      if (inWindow.length >= w.max) {
        const ms = (inWindow[inWindow.length - w.max] ?? now) + w.ms - now;
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
        if (wait) {
          deps.logger?.warn?.(
            `Missive rate limit: waiting ${Math.ceil(wait.ms)} ms (${wait.label}).`,
            { waitMs: wait.ms },
          );
          await deps.sleep(wait.ms, signal);
          continue;
        }
        inFlight++;
        starts.push(deps.now());
        let released = false;
        return () => {
          if (released) return;
          released = true;
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

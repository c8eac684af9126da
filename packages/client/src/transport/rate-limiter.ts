import type { MissiveLogger, RateLimitOptions } from "../options.js";
import { createMemoryRateLimitStore } from "./memory-rate-limit-store.js";
import type { RateLimitRequest, RateLimitStore } from "./rate-limit-store.js";
import { abortReason, sleep } from "./sleep.js";

/**
 * A slot to send one request. Call it once the answer arrived; with `abandoned` when the
 * client gave up waiting (timeout), so the slot is kept `abandonedGraceMs` longer: the
 * server may still be working on it, and Missive counts it as concurrent meanwhile. A second
 * call is harmless: the store ignores a lease it no longer holds.
 */
export type Release = (abandoned?: boolean) => void;

export interface RateLimiter {
  /** Waits for a free slot under every limit of `scope`; rejects if `signal` aborts meanwhile. */
  acquire(scope: string, signal?: AbortSignal): Promise<Release>;
  /** Holds every new request of `scope` until `time` (after a 429 from Missive). */
  pauseUntil(scope: string, time: number): void;
}

interface LimiterDeps {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  logger?: MissiveLogger | undefined;
}

/** Waits shorter than this are routine (`debug`); longer ones are worth a `warn`. */
const noticeableMs = 2_000;

/**
 * The rate-limit policy: Missive allows 5 concurrent requests, 300 per minute and 900 per
 * 15 minutes (Rate limits). Whether a request may go is the store's answer (its state: answer
 * times, slots in flight, the pause); waiting, logging and aborting are decided here.
 *
 * A request counts against the windows while it is in flight and then from the moment its
 * answer arrived, not from when it was sent: Missive counts it when it arrives, which is
 * later, so windows started at the send would free up one network latency too early and a
 * request sent at a window's edge could get a 429.
 */
export function createRateLimiter(limits: RateLimitOptions, deps: LimiterDeps): RateLimiter {
  const store: RateLimitStore = limits.store ?? createMemoryRateLimitStore();
  const minuteMs = limits.windowMs ?? 60_000;
  const graceMs = limits.abandonedGraceMs ?? 10_000;
  const shape: Omit<RateLimitRequest, "now"> = {
    concurrent: limits.concurrent ?? 5,
    windows: [
      { windowMs: minuteMs, max: limits.perMinute ?? 300 },
      { windowMs: 15 * minuteMs, max: limits.per15Minutes ?? 900 },
    ],
    leaseMs: limits.leaseMs ?? 15 * minuteMs,
  };
  // A store's failure to record (thrown or rejected) must not fail the answer that already arrived.
  const quietly = (task: () => void | Promise<void>) => {
    new Promise<void>((resolve) => resolve(task())).catch((error: unknown) =>
      deps.logger?.error?.("Missive rate limit store failed.", { error: String(error) }),
    );
  };

  return {
    async acquire(scope, signal) {
      for (;;) {
        if (signal?.aborted) throw abortReason(signal);
        const grant = await store.tryAcquire(scope, { ...shape, now: deps.now() });
        if (grant.granted) {
          return (abandoned) => {
            const free = () => quietly(() => store.release(scope, grant.lease, deps.now()));
            if (!abandoned || graceMs <= 0) return free();
            const timer = setTimeout(free, graceMs);
            // The grace period must not keep a finished program (a CLI) alive.
            (timer as { unref?: () => void }).unref?.();
          };
        }
        const { reason, waitMs, window } = grant;
        const { onRelease } = store;
        if (reason === "concurrency") {
          // A release is what frees a slot: wake on it, else when the oldest lease may be reclaimed.
          const ms = Math.max(1, waitMs);
          await (onRelease
            ? sleep(ms, signal, (early) => onRelease.call(store, scope, early))
            : deps.sleep(ms, signal));
          continue;
        }
        const why =
          reason === "window" && window
            ? `${window.max} requests per ${window.windowMs === minuteMs ? "minute" : "15 minutes"}`
            : "after a 429";
        deps.logger?.[waitMs >= noticeableMs && reason === "window" ? "warn" : "debug"]?.(
          `Missive rate limit: waiting ${Math.ceil(waitMs)} ms (${why}).`,
          { waitMs },
        );
        await deps.sleep(waitMs, signal);
      }
    },
    pauseUntil(scope, time) {
      quietly(() => store.pauseUntil(scope, time));
    },
  };
}

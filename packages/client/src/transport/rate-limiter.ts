import type { MissiveLogger, RateLimitOptions } from "../options.js";
import { createMemoryRateLimitStore } from "./memory-rate-limit-store.js";
import type { RateLimitGrant, RateLimitRequest, RateLimitStore } from "./rate-limit-store.js";
import { abortReason, maxTimerMs } from "./sleep.js";

/**
 * A slot to send one request. Call it once the answer arrived; with `abandoned` when the
 * client gave up waiting (timeout), so the slot is kept `abandonedGraceMs` longer: the
 * server may still be working on it, and Missive counts it as concurrent meanwhile.
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
  const report = (error: unknown) =>
    deps.logger?.error?.("Missive rate limit store failed.", { error: String(error) });
  // A store's failure to record must not fail the answer that already arrived.
  const quietly = (task: () => void | Promise<void>) => {
    try {
      Promise.resolve(task()).catch(report);
    } catch (error) {
      report(error);
    }
  };

  /** Until a release in `scope`, at most `maxMs` (the oldest lease may then be reclaimed). */
  const nextRelease = (scope: string, maxMs: number, signal?: AbortSignal) => {
    const { onRelease } = store;
    if (!onRelease) return deps.sleep(Math.max(1, maxMs), signal);
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        unsubscribe();
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        done();
        reject(abortReason(signal as AbortSignal));
      };
      const unsubscribe = onRelease.call(store, scope, () => {
        done();
        resolve();
      });
      const timer = setTimeout(
        () => {
          done();
          resolve();
        },
        Math.min(Math.max(1, maxMs), maxTimerMs),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };

  const describe = (grant: Extract<RateLimitGrant, { granted: false }>) => {
    if (grant.reason === "paused" || !grant.window) return "after a 429";
    const per = grant.window.windowMs === minuteMs ? "minute" : "15 minutes";
    return `${grant.window.max} requests per ${per}`;
  };

  return {
    async acquire(scope, signal) {
      for (;;) {
        if (signal?.aborted) throw abortReason(signal);
        const grant = await store.tryAcquire(scope, { ...shape, now: deps.now() });
        if (grant.granted) {
          let released = false;
          return (abandoned) => {
            if (released) return;
            released = true;
            const free = () => quietly(() => store.release(scope, grant.lease, deps.now()));
            if (!abandoned || graceMs <= 0) return free();
            const timer = setTimeout(free, graceMs);
            // The grace period must not keep a finished program (a CLI) alive.
            (timer as { unref?: () => void }).unref?.();
          };
        }
        if (grant.reason === "concurrency") {
          await nextRelease(scope, grant.waitMs, signal);
          continue;
        }
        const level = grant.waitMs >= noticeableMs && grant.reason === "window" ? "warn" : "debug";
        deps.logger?.[level]?.(
          `Missive rate limit: waiting ${Math.ceil(grant.waitMs)} ms (${describe(grant)}).`,
          { waitMs: grant.waitMs },
        );
        await deps.sleep(grant.waitMs, signal);
      }
    },
    pauseUntil(scope, time) {
      quietly(() => store.pauseUntil(scope, time));
    },
  };
}

/**
 * Missive's three rate limits: concurrent requests, a "minute" window and a 15× window.
 * The windows slide: a request counts against a window for `length` ms after it was admitted.
 */
import type { ResolvedRateLimit } from "./options.ts";

/** Headers of a 429 answer (and the `X-RateLimit-*` of every admitted answer). */
export type LimitHeaders = Record<string, string>;

export interface Admission {
  admitted: boolean;
  headers: LimitHeaders;
}

interface Window {
  length: number;
  budget: number;
  /** Admission times (ms) still inside the window, oldest first. */
  times: number[];
}

function headers(limit: number, remaining: number, resetMs: number): LimitHeaders {
  const seconds = String(Math.max(1, Math.ceil(resetMs / 1_000)));
  return {
    "retry-after": seconds,
    "x-ratelimit-limit": String(limit),
    "x-ratelimit-remaining": String(Math.max(0, remaining)),
    "x-ratelimit-reset": seconds,
  };
}

export class RateLimiter {
  private active = 0;
  private readonly windows: Window[];

  constructor(private readonly limits: Exclude<ResolvedRateLimit, false>) {
    this.windows = [
      { length: limits.windowMs, budget: limits.perMinute, times: [] },
      { length: limits.windowMs * 15, budget: limits.per15Minutes, times: [] },
    ];
  }

  /** Admits a request (call {@link release} when it ends) or refuses it with 429 headers. */
  admit(): Admission {
    const now = Date.now();
    for (const window of this.windows) {
      while ((window.times[0] ?? now) <= now - window.length) window.times.shift();
    }
    const resetMs = (window: Window) => (window.times[0] ?? now) + window.length - now;
    if (this.active >= this.limits.concurrent) {
      return { admitted: false, headers: headers(this.limits.concurrent, 0, 1_000) };
    }
    for (const window of this.windows) {
      if (window.times.length >= window.budget) {
        return { admitted: false, headers: headers(window.budget, 0, resetMs(window)) };
      }
    }
    this.active++;
    for (const window of this.windows) window.times.push(now);
    const minute = this.windows[0] as Window;
    const admitted = headers(minute.budget, minute.budget - minute.times.length, resetMs(minute));
    delete admitted["retry-after"];
    return { admitted: true, headers: admitted };
  }

  release(): void {
    this.active = Math.max(0, this.active - 1);
  }
}

/**
 * The rate-limit store contract of @missive-ts/client (`rateLimit: { store }`), restated here
 * until the client exports it; the shapes are identical, so either type can be used.
 */
export interface RateLimitWindow {
  windowMs: number;
  max: number;
}

export interface RateLimitRequest {
  /** The client's clock (ms since epoch). A store shared across machines may use its own clock instead. */
  now: number;
  /** Slots allowed in flight at once (Missive: 5). */
  concurrent: number;
  /** Sliding windows (Missive: 300 per 60 s and 900 per 15 min, or scaled by `windowMs`). */
  windows: readonly RateLimitWindow[];
  /** A lease not released after this many ms may be reclaimed (a crashed process). */
  leaseMs: number;
}

export type RateLimitGrant =
  | { granted: true; lease: string }
  | {
      granted: false;
      reason: "paused" | "concurrency" | "window";
      /** hint: when to try again */
      waitMs: number;
      window?: RateLimitWindow | undefined;
    };

export interface RateLimitStore {
  tryAcquire(scope: string, request: RateLimitRequest): RateLimitGrant | Promise<RateLimitGrant>;
  release(scope: string, lease: string, answeredAt: number): void | Promise<void>;
  pauseUntil(scope: string, until: number): void | Promise<void>;
  onRelease?(scope: string, listener: () => void): () => void;
}

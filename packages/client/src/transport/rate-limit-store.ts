/** One sliding window: at most `max` requests counted in any `windowMs`. */
export interface RateLimitWindow {
  windowMs: number;
  max: number;
}

/** What the client asks of the store for one request. */
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

/**
 * The store's answer. Refused: `paused` (a 429 holds the scope) and `window` (a window is full)
 * mean "try again after `waitMs`"; `concurrency` means "a release must come first" (every
 * slot is taken, or a window is full of requests still in flight), and `waitMs` is then only
 * how long until the oldest lease may be reclaimed. `window` names the full window, if known.
 */
export type RateLimitGrant =
  | { granted: true; lease: string }
  | {
      granted: false;
      reason: "paused" | "concurrency" | "window";
      /** hint: when to try again */
      waitMs: number;
      window?: RateLimitWindow | undefined;
    };

/**
 * Holds the limiter's state. `scope` is a non-secret id of the token (hex SHA-256 of it,
 * computed by the client; never the token): one scope per token, shared by every process with
 * that token. The policy (waiting, logging, abort, the pause after a 429) stays in the client.
 */
export interface RateLimitStore {
  /** Atomically: no pause, a free slot and room in every window (in-flight requests count) → take the slot. */
  tryAcquire(scope: string, request: RateLimitRequest): RateLimitGrant | Promise<RateLimitGrant>;
  /** The answer arrived at `answeredAt`: from now the request counts in the windows from that time; its slot is free. */
  release(scope: string, lease: string, answeredAt: number): void | Promise<void>;
  /** Hold every new request of this scope, in every process sharing the store, until `until` (ms epoch). */
  pauseUntil(scope: string, until: number): void | Promise<void>;
  /** Optional: called after a release in this scope, so waiters try again at once instead of after `waitMs` (it may call `listener` before it returns, for a release it already saw). */
  onRelease?(scope: string, listener: () => void): () => void;
}

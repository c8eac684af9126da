import type { RateLimitGrant, RateLimitStore } from "./rate-limit-store.js";

interface ScopeState {
  /** Answer times of finished requests, oldest first. */
  answered: number[];
  /** Leases in flight → when they were granted. */
  leases: Map<string, number>;
  pausedUntil: number;
  listeners: Set<() => void>;
}

/** How many answers are later than `after` (`answered` is sorted: a binary search, not a scan). */
function countAfter(answered: readonly number[], after: number): number {
  let first = 0;
  for (let high = answered.length; first < high; ) {
    const middle = (first + high) >>> 1;
    if ((answered[middle] ?? 0) > after) high = middle;
    else first = middle + 1;
  }
  return answered.length - first;
}

/**
 * The default store: the limiter's state in this process's memory. Share one between clients
 * to share a token's budget between them; it cannot span processes (use a shared store).
 */
export function createMemoryRateLimitStore(): RateLimitStore {
  const scopes = new Map<string, ScopeState>();
  let leases = 0;

  const stateOf = (scope: string): ScopeState => {
    let state = scopes.get(scope);
    if (!state) {
      state = { answered: [], leases: new Map(), pausedUntil: 0, listeners: new Set() };
      scopes.set(scope, state);
    }
    return state;
  };

  /** The lease's request was answered at `answeredAt`: it leaves the slots, joins the windows. */
  const settle = (state: ScopeState, lease: string, answeredAt: number) => {
    if (!state.leases.delete(lease)) return false;
    const { answered } = state;
    // Answers almost always arrive in order; an earlier one is sorted into its place.
    const last = answered[answered.length - 1] ?? answeredAt;
    answered.push(answeredAt);
    if (answeredAt < last) answered.sort((a, b) => a - b);
    return true;
  };

  return {
    tryAcquire(scope, { now, concurrent, windows, leaseMs }) {
      const state = stateOf(scope);
      const { answered, leases: held } = state;
      let oldestLease = now;
      for (const [lease, grantedAt] of held) {
        // A lease nobody released (a lost callback): it counts as answered when it expired.
        if (grantedAt + leaseMs <= now) settle(state, lease, grantedAt + leaseMs);
        else oldestLease = Math.min(oldestLease, grantedAt);
      }
      const inFlight = held.size;
      // Every slot taken: a release must come first, at worst the oldest lease's reclaim.
      const busy = {
        granted: false,
        reason: "concurrency",
        waitMs: oldestLease + leaseMs - now,
      } as const;
      if (inFlight >= concurrent) return busy;
      const longest = Math.max(0, ...windows.map((w) => w.windowMs));
      while ((answered[0] ?? Infinity) <= now - longest) answered.shift();
      let denied: RateLimitGrant | null =
        state.pausedUntil > now
          ? { granted: false, reason: "paused", waitMs: state.pausedUntil - now }
          : null;
      for (const window of windows) {
        const { windowMs, max } = window;
        const counted = inFlight + countAfter(answered, now - windowMs);
        if (counted < max) continue;
        // The answer that must leave the window first (the oldest are first). Past the answers:
        // the window is full of requests in flight, which leave it only once answered.
        const leaving = answered[answered.length + inFlight - max];
        if (leaving === undefined) return { ...busy, window };
        const waitMs = leaving + windowMs - now;
        if (!denied || waitMs > denied.waitMs) {
          denied = { granted: false, reason: "window", waitMs, window };
        }
      }
      if (denied) return denied;
      const lease = String(++leases);
      held.set(lease, now);
      return { granted: true, lease };
    },
    release(scope, lease, answeredAt) {
      const state = stateOf(scope);
      // Listeners unsubscribe while called: a Set iterator allows that.
      if (settle(state, lease, answeredAt)) for (const listener of state.listeners) listener();
    },
    pauseUntil(scope, until) {
      const state = stateOf(scope);
      state.pausedUntil = Math.max(state.pausedUntil, until);
    },
    onRelease(scope, listener) {
      const { listeners } = stateOf(scope);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

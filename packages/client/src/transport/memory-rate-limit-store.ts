import type { RateLimitGrant, RateLimitRequest, RateLimitStore } from "./rate-limit-store.js";

interface ScopeState {
  /** Answer times of finished requests, oldest first. */
  answered: number[];
  /** Leases in flight → when they were granted. */
  leases: Map<string, number>;
  pausedUntil: number;
  listeners: Set<() => void>;
}

/** Index of the first answer later than `after` (`answered` is sorted: binary search). */
function firstAfter(answered: readonly number[], after: number): number {
  let first = 0;
  for (let high = answered.length; first < high; ) {
    const middle = (first + high) >>> 1;
    if ((answered[middle] ?? 0) > after) high = middle;
    else first = middle + 1;
  }
  return first;
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

  const settle = (state: ScopeState, lease: string, answeredAt: number) => {
    if (!state.leases.delete(lease)) return false;
    const { answered } = state;
    // Answers almost always arrive in order; an earlier one is sorted into its place.
    const last = answered[answered.length - 1] ?? answeredAt;
    answered.push(answeredAt);
    if (answeredAt < last) answered.sort((a, b) => a - b);
    return true;
  };

  const tryAcquire = (scope: string, request: RateLimitRequest): RateLimitGrant => {
    const { now, concurrent, windows, leaseMs } = request;
    const state = stateOf(scope);
    const { answered } = state;
    let oldestLease = now;
    for (const [lease, grantedAt] of state.leases) {
      // A lease nobody released (a lost callback): it counts as answered when it expired.
      if (grantedAt + leaseMs <= now) settle(state, lease, grantedAt + leaseMs);
      else oldestLease = Math.min(oldestLease, grantedAt);
    }
    const toReclaim = oldestLease + leaseMs - now;
    const inFlight = state.leases.size;
    if (inFlight >= concurrent) return { granted: false, reason: "concurrency", waitMs: toReclaim };
    const longest = Math.max(0, ...windows.map((w) => w.windowMs));
    while (answered.length > 0 && (answered[0] ?? 0) <= now - longest) answered.shift();
    let denied: Extract<RateLimitGrant, { granted: false }> | null =
      state.pausedUntil > now
        ? { granted: false, reason: "paused", waitMs: state.pausedUntil - now }
        : null;
    for (const window of windows) {
      const first = firstAfter(answered, now - window.windowMs);
      const counted = answered.length - first + inFlight;
      if (counted < window.max) continue;
      // The request that must leave the window first; one in flight leaves only once answered.
      const leaving = first + counted - window.max;
      if (leaving >= answered.length) {
        return { granted: false, reason: "concurrency", waitMs: toReclaim, window };
      }
      const waitMs = (answered[leaving] ?? now) + window.windowMs - now;
      if (!denied || waitMs > denied.waitMs)
        denied = { granted: false, reason: "window", waitMs, window };
    }
    if (denied) return denied;
    const lease = String(++leases);
    state.leases.set(lease, now);
    return { granted: true, lease };
  };

  return {
    tryAcquire,
    release(scope, lease, answeredAt) {
      const state = scopes.get(scope);
      if (!state || !settle(state, lease, answeredAt)) return;
      for (const listener of [...state.listeners]) listener();
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

/**
 * The HTTP server's in-memory rate-limit store: one scope per token, kept while it says
 * anything, dropped once it is idle. With one client serving every token, each token's
 * limiter state lives here as long as it matters (no LRU can evict a busy user), but a
 * process answering requests with ever-new tokens (random ones, from anyone who can reach the
 * port) must not grow without end. A scope is dropped only when its state is the same as a
 * fresh one: no request in flight, no waiter, no pause ahead, and its last answer older than
 * the longest window (15 "minutes"), so forgetting it changes no decision.
 */
import {
  createMemoryRateLimitStore,
  type RateLimitRequest,
  type RateLimitStore,
} from "@missive-ts/client";

interface Scope {
  store: RateLimitStore;
  leases: number;
  listeners: number;
  /** Until when this scope's state may still matter (ms epoch). */
  mattersUntil: number;
  /** Past this, even a lease never released has been reclaimed by the store. */
  leaseExpiry: number;
  /** The longest window last asked for (ms): an answer counts that long. */
  longest: number;
}

/** How many `tryAcquire` calls between two sweeps of idle scopes. */
const sweepEvery = 256;

export interface TokenStore extends RateLimitStore {
  /** Scopes held now (for tests and diagnostics). */
  readonly size: number;
}

export function createTokenStore(): TokenStore {
  const scopes = new Map<string, Scope>();
  let calls = 0;

  const sweep = (now: number) => {
    for (const [key, scope] of scopes) {
      if (scope.listeners > 0 || now <= scope.mattersUntil) continue;
      if (scope.leases === 0 || now > scope.leaseExpiry) scopes.delete(key);
    }
  };

  const scopeOf = (key: string) => {
    let scope = scopes.get(key);
    if (!scope) {
      // Each scope gets its own memory store, so dropping it drops all of its state.
      scope = {
        store: createMemoryRateLimitStore(),
        leases: 0,
        listeners: 0,
        mattersUntil: 0,
        leaseExpiry: Number.POSITIVE_INFINITY,
        longest: 0,
      };
      scopes.set(key, scope);
    }
    return scope;
  };

  const touch = (scope: Scope, request: RateLimitRequest) => {
    const longest = Math.max(0, ...request.windows.map((window) => window.windowMs));
    scope.longest = longest;
    scope.mattersUntil = Math.max(scope.mattersUntil, request.now + longest);
    scope.leaseExpiry = request.now + Math.max(longest, request.leaseMs) + request.leaseMs;
  };

  return {
    async tryAcquire(key, request) {
      if (++calls % sweepEvery === 0) sweep(request.now);
      const scope = scopeOf(key);
      touch(scope, request);
      const grant = await scope.store.tryAcquire(key, request);
      if (grant.granted) scope.leases++;
      return grant;
    },
    async release(key, lease, answeredAt) {
      const scope = scopes.get(key);
      if (!scope) return;
      scope.leases = Math.max(0, scope.leases - 1);
      scope.mattersUntil = Math.max(scope.mattersUntil, answeredAt + scope.longest);
      await scope.store.release(key, lease, answeredAt);
    },
    async pauseUntil(key, until) {
      const scope = scopeOf(key);
      scope.mattersUntil = Math.max(scope.mattersUntil, until);
      await scope.store.pauseUntil(key, until);
    },
    onRelease(key, listener) {
      const scope = scopeOf(key);
      scope.listeners++;
      const stop = scope.store.onRelease?.(key, listener) ?? (() => {});
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        scope.listeners--;
        stop();
      };
    },
    get size() {
      return scopes.size;
    },
  };
}

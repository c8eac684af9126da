import { randomUUID } from "node:crypto";
import type { RateLimitGrant, RateLimitRequest, RateLimitStore } from "@missive-ts/client";
import { type AcquireReply, quoteReply, readAcquireReply } from "./acquire-reply.js";
import { checkRequest } from "./check-request.js";
import { connect } from "./connection.js";
import { failures, RedisRateLimitStoreError, type StoreFailure } from "./errors.js";
import { checkPrefix, scopeKeys } from "./keys.js";
import { acquireScript } from "./lua/acquire.js";
import { pauseScript } from "./lua/pause.js";
import { releaseScript } from "./lua/release.js";
import type { RedisLike } from "./redis-like.js";
import { createReleaseNotices } from "./release-notices.js";
import { luaScript, runScript } from "./run-script.js";

const acquire = luaScript(acquireScript);
const release = luaScript(releaseScript);
const pause = luaScript(pauseScript);

interface CommonOptions {
  /** Prefix of every key (before the `{scope}` hash tag). Default `"missive:ratelimit:"`. */
  keyPrefix?: string;
  /** How long a Redis call may take before the store fails closed. Default 2 000 ms. */
  timeoutMs?: number;
  /**
   * Longest `waitMs` handed out when the wait ends with some request's release: releases are
   * announced over pub/sub, and this bounds what a lost announcement costs. Default 250 ms.
   */
  pollMs?: number;
}

export type RedisRateLimitStoreOptions = CommonOptions &
  (
    | { /** `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS). */ url: string }
    | {
        /** Your own ioredis 6 connection (`Redis` or `Cluster`); `close()` leaves it open. */
        redis: RedisLike;
      }
  );

/** The store interface, always asynchronous (every call is a round trip to Redis). */
export interface RedisRateLimitStore extends RateLimitStore {
  tryAcquire(scope: string, request: RateLimitRequest): Promise<RateLimitGrant>;
  release(scope: string, lease: string, answeredAt: number): Promise<void>;
  pauseUntil(scope: string, until: number): Promise<void>;
  onRelease(scope: string, listener: () => void): () => void;
  /** Lets calls under way finish, then closes the connections the store opened (not a `redis` you passed in). */
  close(): Promise<void>;
}

/** Slots in flight never outlive their lease; answers never outlive the longest window. */
const ttlOf = (windowMsMax: number, leaseMs: number) => Math.ceil(windowMsMax + leaseMs);
const defaultTtlMs = ttlOf(15 * 60_000, 60_000);

/**
 * A rate-limit store in Redis (or Valkey) for `createMissiveClient({ rateLimit: { store } })`:
 * every process using the same token shares its concurrency slots, both sliding windows and the
 * pause after a 429. Time is the Redis server's (`TIME`): the client's `now` and `answeredAt`
 * are not used, so machines with skewed clocks still agree. Fails closed: when Redis does not
 * answer, `tryAcquire` rejects with {@link RedisRateLimitStoreError} and nothing is sent.
 */
export function createRedisRateLimitStore(
  options: RedisRateLimitStoreOptions,
): RedisRateLimitStore {
  const prefix = checkPrefix(options.keyPrefix ?? "missive:ratelimit:");
  const timeoutMs = options.timeoutMs ?? 2_000;
  const pollMs = options.pollMs ?? 250;
  const owned = "url" in options;
  const connection = owned ? connect(options.url, timeoutMs) : undefined;
  const redis: RedisLike = connection?.redis ?? (options as { redis: RedisLike }).redis;
  const publisherId = randomUUID();
  const notices = createReleaseNotices(redis, publisherId);
  const ttls = new Map<string, number>();

  /** Calls under way: `close()` lets them finish (a release must not be lost on exit). */
  const underway = new Set<Promise<unknown>>();

  /** The call's result, or a RedisRateLimitStoreError once it fails or `timeoutMs` passes. */
  const call = async (failure: StoreFailure, pending: Promise<unknown>): Promise<unknown> => {
    underway.add(pending);
    pending.then(
      () => underway.delete(pending),
      () => underway.delete(pending),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([pending, late]);
    } catch (cause) {
      // While disconnected, why the connection fails says more than the refused command.
      throw new RedisRateLimitStoreError(failure, {
        cause: connection?.connectionFailure() ?? cause,
        secret: connection?.secret,
      });
    } finally {
      clearTimeout(timer);
    }
  };

  const releaseLease = async (scope: string, lease: string) => {
    const keys = scopeKeys(prefix, scope);
    const ttl = ttls.get(scope) ?? defaultTtlMs;
    const args = [lease, ttl, keys.released, publisherId];
    const pending = runScript(redis, release, [keys.leases, keys.log], args);
    const freed = await call(failures.release, pending);
    if (freed === 1) notices.releasedHere(keys.released);
  };

  return {
    async tryAcquire(scope, request): Promise<RateLimitGrant> {
      const keys = scopeKeys(prefix, scope);
      const { concurrent, windows, leaseMs } = checkRequest(request);
      const ttl = ttlOf(Math.max(...windows.map((w) => w.windowMs)), leaseMs);
      ttls.set(scope, ttl);
      const lease = randomUUID();
      const limits = windows.flatMap((w) => [Math.ceil(w.windowMs), w.max]);
      const args = [lease, concurrent, Math.ceil(leaseMs), ttl, ...limits];
      let reply: AcquireReply | undefined;
      try {
        const pending = runScript(redis, acquire, [keys.leases, keys.log, keys.pause], args);
        const answer = await call(failures.acquire, pending);
        reply = readAcquireReply(answer, lease, windows.length);
        if (!reply) {
          const expected =
            '[1, lease] or [0, "paused" | "concurrency" | "window", waitMs ≥ 0, window]';
          const cause = new Error(
            `the acquire script answered ${quoteReply(answer)} instead of ${expected}`,
          );
          throw new RedisRateLimitStoreError(failures.reply, { cause });
        }
      } catch (error) {
        // The script may still run after we gave up on it: hand back whatever it granted.
        releaseLease(scope, lease).catch(() => {});
        throw error;
      }
      if (reply.granted) return { granted: true, lease };
      const { reason, waitMs } = reply;
      const window = windows[reply.full];
      if (reason === "concurrency") {
        // waitMs is when the oldest lease may be reclaimed; a release (announced) comes sooner.
        return { granted: false, reason, waitMs: Math.min(waitMs, pollMs), window };
      }
      return { granted: false, reason, waitMs, window };
    },

    async release(scope, lease) {
      await releaseLease(scope, lease);
    },

    async pauseUntil(scope, until) {
      const keys = scopeKeys(prefix, scope);
      // `until` is on this machine's clock; the pause is set as a duration on the server's.
      const ms = Math.ceil(until - Date.now());
      if (ms <= 0) return;
      await call(failures.pause, runScript(redis, pause, [keys.pause], [ms]));
    },

    onRelease(scope, listener) {
      return notices.listen(scopeKeys(prefix, scope).released, listener);
    },

    async close() {
      await Promise.allSettled([...underway]);
      notices.close();
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * `--redis-url` / `MISSIVE_REDIS_URL`: one rate-limit store in Redis (or Valkey) for every
 * client of this server, so it shares each token's limits with every other process using that
 * token (other servers, the `missive` CLI, workers). Loaded only when asked for.
 */
import type { RateLimitStore } from "@missive-ts/client";

export interface SharedRateLimit {
  store: RateLimitStore;
  /** Closes its connections, so that the process can exit. */
  close(): Promise<void>;
}

/** `undefined` without a URL; throws (with what to fix) on a URL that is not redis(s)://. */
export async function openSharedRateLimit(
  url: string | undefined,
): Promise<SharedRateLimit | undefined> {
  if (url === undefined || url.trim() === "") return undefined;
  const { createRedisRateLimitStore } = await import("@missive-ts/ratelimit-redis");
  const store = createRedisRateLimitStore({ url: url.trim() });
  return { store, close: () => store.close() };
}

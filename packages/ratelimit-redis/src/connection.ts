import { Redis } from "ioredis";
import type { RedisLike } from "./redis-like.js";

/**
 * A connection for a store created from a URL, tuned to fail fast: a command Redis does not
 * answer within `timeoutMs` fails (the store then fails closed) instead of waiting in ioredis'
 * queue through reconnections, while ioredis keeps reconnecting in the background so the store
 * recovers by itself once Redis is back.
 */
export function connect(
  url: string,
  timeoutMs: number,
): {
  redis: RedisLike;
  connectionFailure: () => Error | undefined;
  /** The URL's password: kept out of every error the store raises. */
  secret: string;
} {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(
      "@missive-ts/ratelimit-redis: url must be a Redis URL such as redis://127.0.0.1:6379 " +
        "or rediss://user:password@host:6380/0.",
    );
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    throw new TypeError(
      `@missive-ts/ratelimit-redis: url must start with redis:// or rediss:// (got ${parsed.protocol}//…).`,
    );
  }
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
  });
  // Failures reach the caller through the commands; without a listener ioredis would also
  // print every reconnection error to stderr. The last one is kept: a command refused while
  // disconnected only says "max retries per request", and the caller needs the reason
  // (ECONNREFUSED host:port, ENOTFOUND host, WRONGPASS), none of which holds the password.
  let failure: Error | undefined;
  redis.on("error", (error: Error) => {
    failure = error;
  });
  redis.on("ready", () => {
    failure = undefined;
  });
  return { redis, connectionFailure: () => failure, secret: decodeURIComponent(parsed.password) };
}

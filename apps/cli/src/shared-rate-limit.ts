import type { RateLimitStore } from "@missive-ts/client";
import type { GlobalOptions } from "./command.js";
import { UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

/** Stores opened for this process's commands: their connections would keep it alive. */
const opened = new Set<{ close(): Promise<void> }>();

/**
 * The rate-limit store shared with every process using the token, for `--redis-url` or
 * `MISSIVE_REDIS_URL`; `undefined` without either. The Redis package (and ioredis) is loaded
 * only then, so no other command pays for it.
 */
export async function sharedRateLimitStore(
  options: GlobalOptions,
  io: CliIo,
): Promise<RateLimitStore | undefined> {
  const url = options.redisUrl ?? io.env.MISSIVE_REDIS_URL;
  if (url === undefined || url.trim() === "") return undefined;
  const { createRedisRateLimitStore } = await import("@missive-ts/ratelimit-redis");
  try {
    const store = createRedisRateLimitStore({ url: url.trim() });
    opened.add(store);
    return store;
  } catch (error) {
    // A URL that is not redis:// or rediss://: say which flag to fix.
    throw new UsageError(`--redis-url / MISSIVE_REDIS_URL: ${(error as Error).message}`);
  }
}

/** Closes the stores the command opened, so the process can exit. */
export async function closeSharedRateLimitStores(): Promise<void> {
  const stores = [...opened];
  opened.clear();
  await Promise.all(stores.map((store) => store.close()));
}

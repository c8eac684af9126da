import { createHash, randomUUID } from "node:crypto";
import type { RateLimitRequest } from "@missive-ts/client";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { Redis } from "ioredis";
import { afterAll, beforeAll } from "vitest";
import {
  createRedisRateLimitStore,
  type RedisRateLimitStore,
  type RedisRateLimitStoreOptions,
} from "../src/index.ts";

/** The client's scope for a token: hex SHA-256. */
export const scopeOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A scope no other test touches (one per made-up token). */
export const freshScope = () => scopeOf(`missive_pat-${randomUUID()}`);

/** Missive's limits, overridable. */
export const limits = (overrides: Partial<RateLimitRequest> = {}): RateLimitRequest => ({
  now: Date.now(),
  concurrent: 5,
  windows: [
    { windowMs: 60_000, max: 300 },
    { windowMs: 900_000, max: 900 },
  ],
  leaseMs: 60_000,
  ...overrides,
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real redis-server for the file (started before its tests, always stopped), stores on it
 * that are closed after the file, and a plain connection to look at the keys.
 */
export function useRedis() {
  let server: RunningRedis | undefined;
  let inspector: Redis | undefined;
  const stores: RedisRateLimitStore[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
    inspector = new Redis(server.url);
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    inspector?.disconnect();
    await server?.stop();
  });
  const running = () => {
    if (!server) throw new Error("redis-server did not start");
    return server;
  };
  return {
    server: running,
    /** Keys and sorted sets as Redis holds them. */
    redis: () => inspector as Redis,
    /** A store with its own connection, as another process would have. */
    store(options: Omit<RedisRateLimitStoreOptions, "url" | "redis"> = {}): RedisRateLimitStore {
      const store = createRedisRateLimitStore({ url: running().url, ...options });
      stores.push(store);
      return store;
    },
  };
}

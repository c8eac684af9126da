/** `{ redis }`: the store runs on the caller's own ioredis connection and leaves it open. */
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { createRedisRateLimitStore } from "../src/index.ts";
import { freshScope, limits, useRedis } from "./helpers.ts";

const redis = useRedis();

describe("a store on your own connection", () => {
  it("shares the limits with stores on other connections, and close() leaves it open", async () => {
    const own = new Redis(redis.server().url);
    try {
      const scope = freshScope();
      const store = createRedisRateLimitStore({ redis: own });
      const request = limits({ concurrent: 1 });
      const grant = await store.tryAcquire(scope, request);
      expect(grant.granted).toBe(true);
      expect(await redis.store().tryAcquire(scope, request)).toMatchObject({
        granted: false,
        reason: "concurrency",
      });
      await store.close();
      expect(await own.ping()).toBe("PONG");
    } finally {
      own.disconnect();
    }
  });
});

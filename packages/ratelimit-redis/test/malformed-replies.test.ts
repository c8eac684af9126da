/**
 * A script reply that is not what our Lua scripts answer (a string, a negative wait, an unknown
 * reason: a Redis-compatible server or proxy that mangles replies) is a store error: the store
 * fails closed and says what came back. Read as a wait of 0 it made the client retry at once,
 * about 3,000 script calls in 4 s.
 */
import { createMissiveClient } from "@missive-ts/client";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import {
  createRedisRateLimitStore,
  type RedisLike,
  RedisRateLimitStoreError,
} from "../src/index.ts";
import { freshScope, limits, useRedis } from "./helpers.ts";

const redis = useRedis();

/**
 * A real connection whose acquire replies are replaced by `reply` (the acquire script is the
 * only one called with three keys); every call is counted.
 */
function mangling(reply: unknown) {
  const real = new Redis(redis.server().url);
  const counts = { acquire: 0 };
  const mangle =
    (run: (...args: never[]) => Promise<unknown>) =>
    async (script: string, numkeys: number, ...rest: (string | number)[]) => {
      const answer = await run.call(real, script as never, numkeys as never, ...(rest as never[]));
      if (numkeys !== 3) return answer;
      counts.acquire++;
      return reply;
    };
  const connection: RedisLike = Object.assign(Object.create(real) as Redis, {
    evalsha: mangle(real.evalsha as never),
    eval: mangle(real.eval as never),
  });
  return { connection, counts, close: () => real.disconnect() };
}

const malformed: [string, unknown][] = [
  ["a string", "OK"],
  ["a negative wait", [0, "window", -5, 0]],
  ["an unknown reason", [0, "throttled", 100, -1]],
  ["a wait that is not a number", [0, "paused", "soon", -1]],
  ["a window that does not exist", [0, "window", 100, 7]],
  ["a grant of another lease", [1, "someone-else"]],
  ["nothing", null],
];

describe("a malformed acquire reply", () => {
  it.each(malformed)(
    "%s: tryAcquire rejects with the reply, never a wait",
    async (_what, reply) => {
      const { connection, counts, close } = mangling(reply);
      try {
        const store = createRedisRateLimitStore({ redis: connection });
        const attempt = store.tryAcquire(freshScope(), limits());
        await expect(attempt).rejects.toBeInstanceOf(RedisRateLimitStoreError);
        await expect(attempt).rejects.toThrow(/answered .* instead of .*No request was sent/s);
        await expect(attempt).rejects.toThrow(JSON.stringify(reply));
        expect(counts.acquire).toBe(1);
        await store.close();
      } finally {
        close();
      }
    },
  );

  it("fails the client's call after one script call instead of spinning", async () => {
    const { connection, counts, close } = mangling([0, "window", -5, 0]);
    try {
      const store = createRedisRateLimitStore({ redis: connection });
      const client = createMissiveClient({
        token: "missive_pat-MALFORMED-0123456789",
        // Never reached: the store fails closed before anything is sent.
        baseUrl: "http://127.0.0.1:9/v1",
        maxRetries: 0,
        rateLimit: { store },
      });
      await expect(client.users.list()).rejects.toThrow(RedisRateLimitStoreError);
      expect(counts.acquire).toBe(1);
      await store.close();
    } finally {
      close();
    }
  });
});

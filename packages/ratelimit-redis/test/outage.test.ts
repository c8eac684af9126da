/**
 * Redis unreachable: the store fails closed (tryAcquire rejects with RedisRateLimitStoreError,
 * so the client sends nothing), never hangs past timeoutMs, says what a failed release or pause
 * means, and recovers by itself once Redis answers again.
 */
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisRateLimitStore, RedisRateLimitStoreError } from "../src/index.ts";
import { freshScope, limits, sleep } from "./helpers.ts";

let server: RunningRedis | undefined;
afterAll(() => server?.stop());

describe("when Redis is unreachable", () => {
  it("rejects tryAcquire (fail closed), release and pauseUntil, and recovers after a restart", async () => {
    server = await startRedisServer();
    const { port } = server;
    const store = createRedisRateLimitStore({ url: server.url, timeoutMs: 500 });
    try {
      const scope = freshScope();
      const grant = await store.tryAcquire(scope, limits());
      if (!grant.granted) throw new Error("must be granted while Redis runs");

      await server.stop();
      const refused = store.tryAcquire(scope, limits());
      await expect(refused).rejects.toBeInstanceOf(RedisRateLimitStoreError);
      await expect(refused).rejects.toThrow(/No request was sent to Missive/);
      // The client logs these and carries on: the answer it already has is not lost.
      await expect(store.release(scope, grant.lease, Date.now())).rejects.toThrow(
        /comes back by itself once its lease/,
      );
      await expect(store.pauseUntil(scope, Date.now() + 1_000)).rejects.toBeInstanceOf(
        RedisRateLimitStoreError,
      );

      // The same address again, empty (no persistence): the store reconnects and reloads its
      // scripts (NOSCRIPT → EVAL) without being recreated.
      server = await startRedisServer({ port });
      let recovered = false;
      for (let attempt = 0; attempt < 50 && !recovered; attempt++) {
        recovered = await store.tryAcquire(scope, limits()).then(
          (next) => next.granted,
          () => false,
        );
        if (!recovered) await sleep(100);
      }
      expect(recovered).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("fails within timeoutMs when nothing listens at all, saying why, without the URL's password", async () => {
    const scratch = await startRedisServer();
    const url = `redis://user:s3cret-pass@127.0.0.1:${scratch.port}`;
    await scratch.stop(); // a port where nothing listens now
    const store = createRedisRateLimitStore({ url, timeoutMs: 300 });
    try {
      const error = await store.tryAcquire(freshScope(), limits()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedisRateLimitStoreError);
      expect(String((error as Error).message)).not.toContain("s3cret-pass");
      expect(String((error as Error).cause)).not.toContain("s3cret-pass");
      // Says why, in the network's words, instead of ioredis' internal retry setting.
      expect((error as Error).message).toContain(`ECONNREFUSED 127.0.0.1:${scratch.port}`);
      expect((error as Error).message).not.toContain("maxRetriesPerRequest");
    } finally {
      await store.close();
    }
  });

  it("refuses a URL that is not redis:// or rediss://, saying which form it wants", () => {
    expect(() => createRedisRateLimitStore({ url: "http://127.0.0.1:6379" })).toThrow(/redis:\/\//);
    expect(() => createRedisRateLimitStore({ url: "not a url" })).toThrow(/Redis URL such as/);
  });
});

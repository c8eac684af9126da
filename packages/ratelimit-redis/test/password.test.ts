/**
 * A wrong Redis password: the store's error says so (WRONGPASS), and nothing reachable from it
 * holds the password. ioredis attaches the failed AUTH command to its error
 * (`command.args` = [user, password]), and loggers and error trackers serialise causes to any
 * depth.
 */
import { inspect } from "node:util";
import { type RunningRedis, startRedisServer } from "@missive-ts/mock/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisRateLimitStore, RedisRateLimitStoreError } from "../src/index.ts";
import { freshScope, limits } from "./helpers.ts";

const PASSWORD = "wrong-Pa55word-4e1c9f";

/** Every string reachable from `value`: own properties (also hidden ones), causes, arrays. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Reflect.ownKeys(value).flatMap((key) =>
    strings((value as Record<PropertyKey, unknown>)[key], seen),
  );
}

let server: RunningRedis | undefined;
beforeAll(async () => {
  // An ACL user whose password is not PASSWORD (the default user stays open for PING).
  server = await startRedisServer({
    args: ["--user", "missive", "on", ">the-right-password", "~*", "&*", "+@all"],
  });
});
afterAll(() => server?.stop());

describe("a wrong Redis password", () => {
  it("fails closed with WRONGPASS, and no error, cause or property holds the password", async () => {
    const port = server?.port;
    const store = createRedisRateLimitStore({
      url: `redis://missive:${PASSWORD}@127.0.0.1:${port}`,
      timeoutMs: 1_000,
    });
    try {
      const error = await store.tryAcquire(freshScope(), limits()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedisRateLimitStoreError);
      expect(String(error)).toMatch(/WRONGPASS/);
      expect((error as Error).cause).toBeInstanceOf(Error);
      for (const text of strings(error)) expect(text).not.toContain(PASSWORD);
      expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(
        PASSWORD,
      );
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(PASSWORD);
    } finally {
      await store.close();
    }
  });
});

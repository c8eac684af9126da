/**
 * Keys: one set per token, derived from the client's hash of it (never the token), inside a
 * hash tag so Redis Cluster keeps a scope's keys in one slot.
 */
import { describe, expect, it } from "vitest";
import { createRedisRateLimitStore } from "../src/index.ts";
import { freshScope, limits, scopeOf, useRedis } from "./helpers.ts";

const redis = useRedis();

describe("scopes and keys", () => {
  it("isolate tokens: one scope's full slots, windows and pause leave another's alone", async () => {
    const [busy, calm] = [freshScope(), freshScope()];
    const store = redis.store();
    const request = limits({ concurrent: 1, windows: [{ windowMs: 60_000, max: 1 }] });
    expect((await store.tryAcquire(busy, request)).granted).toBe(true);
    expect((await store.tryAcquire(busy, request)).granted).toBe(false);
    await store.pauseUntil(busy, Date.now() + 10_000);
    expect((await store.tryAcquire(calm, request)).granted).toBe(true);
  });

  it("name keys after the scope in a hash tag, under the prefix, and never after the token", async () => {
    const token = "missive_pat-KEYS0123456789";
    const scope = scopeOf(token);
    const store = redis.store({ keyPrefix: "app1:" });
    const grant = await store.tryAcquire(scope, limits());
    if (!grant.granted) throw new Error("must be granted");
    await store.release(scope, grant.lease, Date.now());
    await store.pauseUntil(scope, Date.now() + 1_000);
    const keys = (await redis.redis().keys("app1:*")).sort();
    expect(keys).toEqual([`app1:{${scope}}:log`, `app1:{${scope}}:pause`]);
    // Redis Cluster hashes only what is inside the first {…}: every key of a scope, one slot.
    for (const key of keys) expect(key.match(/\{([^}]*)\}/)?.[1]).toBe(scope);
    const dump = JSON.stringify(await Promise.all(keys.map((key) => redis.redis().dump(key))));
    expect(dump).not.toContain(token);
  });

  it("refuse a scope that is not a SHA-256 hex digest, without echoing it", async () => {
    const token = "missive_pat-RAW-TOKEN-0123456789";
    const store = redis.store();
    const attempt = store.tryAcquire(token, limits());
    await expect(attempt).rejects.toThrow(/hex SHA-256 of the token/);
    await attempt.catch((error: Error) => expect(error.message).not.toContain(token));
    await expect(store.pauseUntil(token, Date.now() + 1_000)).rejects.toThrow(TypeError);
  });

  it("accept the client's scope of a token-less client (a proxy adds the token)", async () => {
    const grant = await redis.store().tryAcquire("no-token", limits());
    expect(grant.granted).toBe(true);
  });

  it("refuse a key prefix with braces (it would replace the scope's hash tag)", () => {
    expect(() =>
      createRedisRateLimitStore({ url: redis.server().url, keyPrefix: "{app}:" }),
    ).toThrow(/must not contain/);
  });
});

/** The pause after a 429: set by one process, it holds every process of that token, and only it. */
import { describe, expect, it } from "vitest";
import { freshScope, limits, sleep, useRedis } from "./helpers.ts";

const redis = useRedis();

describe("pauseUntil", () => {
  it("holds every process sharing the scope until the pause ends", async () => {
    const scope = freshScope();
    const [sawThe429, other] = [redis.store(), redis.store()];
    await sawThe429.pauseUntil(scope, Date.now() + 600);
    const held = await other.tryAcquire(scope, limits());
    expect(held).toMatchObject({ granted: false, reason: "paused" });
    const waitMs = held.granted ? 0 : held.waitMs;
    expect(waitMs).toBeGreaterThan(300);
    expect(waitMs).toBeLessThanOrEqual(600);
    await sleep(waitMs + 10);
    expect((await other.tryAcquire(scope, limits())).granted).toBe(true);
  });

  it("is never shortened by a later, shorter pause", async () => {
    const scope = freshScope();
    const store = redis.store();
    await store.pauseUntil(scope, Date.now() + 5_000);
    await store.pauseUntil(scope, Date.now() + 100);
    const held = await store.tryAcquire(scope, limits());
    expect(held.granted ? 0 : held.waitMs).toBeGreaterThan(4_000);
  });

  it("ignores a pause that already ended", async () => {
    const scope = freshScope();
    const store = redis.store();
    await store.pauseUntil(scope, Date.now() - 1_000);
    expect((await store.tryAcquire(scope, limits())).granted).toBe(true);
  });
});

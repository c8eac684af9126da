/**
 * The sliding log: a window holds exactly `max` requests (answered ones by their answer time,
 * plus those in flight), refuses the next with the wait until its oldest entry leaves, and
 * slides rather than resets.
 */

import type { RateLimitRequest } from "@missive-ts/client";
import { describe, expect, it } from "vitest";
import type { RedisRateLimitStore } from "../src/index.ts";
import { freshScope, limits, sleep, useRedis } from "./helpers.ts";

const redis = useRedis();

/** Acquires and releases at once, `count` times; returns how many were granted. */
async function sendAndAnswer(
  store: RedisRateLimitStore,
  scope: string,
  request: RateLimitRequest,
  count: number,
) {
  let granted = 0;
  for (let i = 0; i < count; i++) {
    const grant = await store.tryAcquire(scope, request);
    if (grant.granted) {
      granted++;
      await store.release(scope, grant.lease, Date.now());
    }
  }
  return granted;
}

describe("sliding windows", () => {
  it("admit exactly max per window across processes, then say how long until the oldest leaves", async () => {
    const scope = freshScope();
    const request = limits({ windows: [{ windowMs: 60_000, max: 7 }] });
    const [a, b] = [redis.store(), redis.store()];
    expect(await sendAndAnswer(a, scope, request, 4)).toBe(4);
    expect(await sendAndAnswer(b, scope, request, 6)).toBe(3);
    const refused = await a.tryAcquire(scope, request);
    expect(refused).toMatchObject({ granted: false, reason: "window", window: { max: 7 } });
    // The oldest answer entered the log moments ago: it leaves in just under a minute.
    const waitMs = refused.granted ? 0 : refused.waitMs;
    expect(waitMs).toBeGreaterThan(50_000);
    expect(waitMs).toBeLessThanOrEqual(60_000);
    expect(await redis.redis().zcard(`missive:ratelimit:{${scope}}:log`)).toBe(7);
  });

  it("count requests in flight: a window full of them waits for a release, at most pollMs", async () => {
    const scope = freshScope();
    const store = redis.store({ pollMs: 100 });
    const request = limits({ windows: [{ windowMs: 60_000, max: 3 }] });
    const leases = await Promise.all([1, 2, 3].map(() => store.tryAcquire(scope, request)));
    expect(leases.every((grant) => grant.granted)).toBe(true);
    // Only a release can make room: "concurrency" (wait for a release), naming the window.
    expect(await store.tryAcquire(scope, request)).toEqual({
      granted: false,
      reason: "concurrency",
      waitMs: 100,
      window: { windowMs: 60_000, max: 3 },
    });
  });

  it("slide: an entry leaves waitMs after the refusal, not at a fixed boundary", async () => {
    const scope = freshScope();
    const store = redis.store();
    const request = limits({ windows: [{ windowMs: 1_000, max: 2 }] });
    expect(await sendAndAnswer(store, scope, request, 1)).toBe(1);
    await sleep(500);
    expect(await sendAndAnswer(store, scope, request, 2)).toBe(1);
    const refused = await store.tryAcquire(scope, request);
    if (refused.granted) throw new Error("a full window must refuse");
    await sleep(refused.waitMs + 5);
    // The first answer has left; the second is still inside: room for exactly one.
    expect(await sendAndAnswer(store, scope, request, 2)).toBe(1);
  });

  it("apply every window: the longer one binds once the short one has room", async () => {
    const scope = freshScope();
    const store = redis.store();
    const request = limits({
      windows: [
        { windowMs: 200, max: 2 },
        { windowMs: 60_000, max: 3 },
      ],
    });
    expect(await sendAndAnswer(store, scope, request, 3)).toBe(2);
    await sleep(250);
    expect(await sendAndAnswer(store, scope, request, 3)).toBe(1);
    await sleep(250);
    const refused = await store.tryAcquire(scope, request);
    expect(refused).toMatchObject({ granted: false, reason: "window" });
    expect(refused.granted ? 0 : refused.waitMs).toBeGreaterThan(50_000);
  });

  it("use the Redis server's clock, not the client's `now`", async () => {
    const scope = freshScope();
    const store = redis.store();
    // A client whose clock is an hour ahead: the window must not slide for it.
    const request = limits({
      now: Date.now() + 3_600_000,
      windows: [{ windowMs: 60_000, max: 1 }],
    });
    expect(await sendAndAnswer(store, scope, request, 1)).toBe(1);
    const skewed = limits({ now: Date.now() + 7_200_000, windows: [{ windowMs: 60_000, max: 1 }] });
    expect((await store.tryAcquire(scope, skewed)).granted).toBe(false);
  });

  it("refuse limits the scripts cannot honour, saying what to fix", async () => {
    const store = redis.store();
    const scope = freshScope();
    await expect(store.tryAcquire(scope, limits({ concurrent: 0 }))).rejects.toThrow(
      /concurrent must be a positive integer/,
    );
    await expect(store.tryAcquire(scope, limits({ windows: [] }))).rejects.toThrow(/at least one/);
    await expect(
      store.tryAcquire(scope, limits({ windows: [{ windowMs: 60_000, max: 0.5 }] })),
    ).rejects.toThrow(/max a positive integer/);
    await expect(store.tryAcquire(scope, limits({ leaseMs: Number.NaN }))).rejects.toThrow(
      /leaseMs/,
    );
  });
});

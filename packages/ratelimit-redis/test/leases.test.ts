/**
 * Lease expiry: a process that dies holding slots (kill -9, a lost connection) gives them back
 * once `leaseMs` has passed, and its requests still count in the windows, exactly once.
 */
import { describe, expect, it } from "vitest";
import { freshScope, limits, sleep, useRedis } from "./helpers.ts";

const redis = useRedis();

describe("lease expiry", () => {
  it("frees the slots of a process that vanished without releasing, after leaseMs", async () => {
    const scope = freshScope();
    const request = limits({ concurrent: 2, leaseMs: 300 });
    const crashed = redis.store();
    const held = await Promise.all([1, 2].map(() => crashed.tryAcquire(scope, request)));
    expect(held.every((grant) => grant.granted)).toBe(true);
    await crashed.close(); // gone without a release, as after kill -9

    const survivor = redis.store();
    const refused = await survivor.tryAcquire(scope, request);
    expect(refused).toMatchObject({ granted: false, reason: "concurrency" });
    await sleep(request.leaseMs + 20);
    const after = await Promise.all([1, 2].map(() => survivor.tryAcquire(scope, request)));
    expect(after.every((grant) => grant.granted)).toBe(true);
  });

  it("counts a reclaimed request in the windows once, even if its release arrives late", async () => {
    const scope = freshScope();
    const request = limits({ leaseMs: 200, windows: [{ windowMs: 60_000, max: 3 }] });
    const slow = redis.store();
    const grant = await slow.tryAcquire(scope, request);
    if (!grant.granted) throw new Error("the first request must be granted");
    await sleep(250);
    const other = redis.store();
    expect((await other.tryAcquire(scope, request)).granted).toBe(true); // reclaims the first
    await slow.release(scope, grant.lease, Date.now()); // too late: already in the log
    const log = await redis.redis().zrange(`missive:ratelimit:{${scope}}:log`, "0", "-1");
    expect(log).toEqual([grant.lease]);
    // One reclaimed + one in flight + one more = the window's 3.
    expect((await other.tryAcquire(scope, request)).granted).toBe(true);
    expect(await other.tryAcquire(scope, request)).toMatchObject({
      granted: false,
      reason: "window",
    });
  });

  it("lets every key expire once the scope is idle for its longest window plus leaseMs", async () => {
    const scope = freshScope();
    const store = redis.store();
    const request = limits({ leaseMs: 1_000, windows: [{ windowMs: 2_000, max: 10 }] });
    const grant = await store.tryAcquire(scope, request);
    if (!grant.granted) throw new Error("the first request must be granted");
    await store.release(scope, grant.lease, Date.now());
    const ttl = await redis.redis().pttl(`missive:ratelimit:{${scope}}:log`);
    expect(ttl).toBeGreaterThan(2_000);
    expect(ttl).toBeLessThanOrEqual(3_000);
    expect(await redis.redis().pttl(`missive:ratelimit:{${scope}}:leases`)).toBe(-2); // empty: gone
  });

  it("is released before close() returns, even when the release script must be loaded first", async () => {
    const scope = freshScope();
    const store = redis.store();
    const grant = await store.tryAcquire(scope, limits());
    if (!grant.granted) throw new Error("must be granted");
    await redis.redis().script("FLUSH"); // the server forgets the scripts: EVALSHA, then EVAL
    void store.release(scope, grant.lease, Date.now()); // as the client does: not awaited
    await store.close();
    expect(await redis.redis().zcard(`missive:ratelimit:{${scope}}:log`)).toBe(1);
    expect(await redis.redis().zcard(`missive:ratelimit:{${scope}}:leases`)).toBe(0);
  });
});

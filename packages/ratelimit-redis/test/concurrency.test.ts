/**
 * The concurrency slots: however many processes ask at once, never more than `concurrent`
 * leases are out, and a release hands exactly one slot on.
 */

import type { RateLimitGrant } from "@missive-ts/client";
import { describe, expect, it } from "vitest";
import { freshScope, limits, useRedis } from "./helpers.ts";

const redis = useRedis();
const granted = (grants: RateLimitGrant[]) =>
  grants.flatMap((grant) => (grant.granted ? [grant.lease] : []));

describe("concurrency leases", () => {
  it("grant exactly `concurrent` of 40 simultaneous requests from four processes", async () => {
    const scope = freshScope();
    const stores = [redis.store(), redis.store(), redis.store(), redis.store()];
    const grants = await Promise.all(
      stores.flatMap((store) =>
        Array.from({ length: 10 }, () => store.tryAcquire(scope, limits())),
      ),
    );
    expect(granted(grants)).toHaveLength(5);
    for (const grant of grants.filter((g) => !g.granted)) {
      expect(grant).toMatchObject({ granted: false, reason: "concurrency" });
    }
    const leases = await redis.redis().zrange(`missive:ratelimit:{${scope}}:leases`, "0", "-1");
    expect(leases.sort()).toEqual(granted(grants).sort());
  });

  it("hand on one slot per release, to whichever process asks", async () => {
    const scope = freshScope();
    const [a, b] = [redis.store(), redis.store()];
    const first = granted(
      await Promise.all([1, 2, 3].map(() => a.tryAcquire(scope, limits({ concurrent: 3 })))),
    );
    expect(first).toHaveLength(3);
    expect((await b.tryAcquire(scope, limits({ concurrent: 3 }))).granted).toBe(false);
    await a.release(scope, first[0] as string, Date.now());
    const after = await Promise.all(
      [1, 2].map(() => b.tryAcquire(scope, limits({ concurrent: 3 }))),
    );
    expect(granted(after)).toHaveLength(1);
  });

  it("stay within `concurrent` through a random interleaving of acquires and releases", async () => {
    const scope = freshScope();
    const stores = [redis.store(), redis.store(), redis.store()];
    const held: { store: number; lease: string }[] = [];
    let grants = 0;
    for (let round = 0; round < 60; round++) {
      // Each round: every store asks twice at once, then a random part of the holders release.
      const asked = await Promise.all(
        stores.flatMap((store, index) =>
          [0, 1].map(async () => ({ index, grant: await store.tryAcquire(scope, limits()) })),
        ),
      );
      for (const { index, grant } of asked) {
        if (grant.granted) held.push({ store: index, lease: grant.lease });
      }
      grants += asked.filter(({ grant }) => grant.granted).length;
      expect(held.length).toBeLessThanOrEqual(5);
      const leases = await redis.redis().zcard(`missive:ratelimit:{${scope}}:leases`);
      expect(leases).toBe(held.length);
      const leaving = held.splice(0, Math.floor(Math.random() * (held.length + 1)));
      await Promise.all(leaving.map(({ store, lease }) => stores[store]?.release(scope, lease, 0)));
    }
    expect(grants).toBeGreaterThan(60);
  });

  it("treat a second release of the same lease as a no-op", async () => {
    const scope = freshScope();
    const store = redis.store();
    const request = limits({ concurrent: 1 });
    const grant = await store.tryAcquire(scope, request);
    if (!grant.granted) throw new Error("the first request must be granted");
    await store.release(scope, grant.lease, Date.now());
    await store.release(scope, grant.lease, Date.now());
    const log = await redis.redis().zcard(`missive:ratelimit:{${scope}}:log`);
    expect(log).toBe(1);
  });
});

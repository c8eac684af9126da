import { describe, expect, it } from "vitest";
import {
  createMemoryRateLimitStore,
  type RateLimitRequest,
  type RateLimitStore,
} from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

const limits = (now: number, over: Partial<RateLimitRequest> = {}): RateLimitRequest => ({
  now,
  concurrent: 2,
  windows: [
    { windowMs: 1_000, max: 3 },
    { windowMs: 15_000, max: 5 },
  ],
  leaseMs: 10_000,
  ...over,
});

/** A store whose every method answers later, as one over the network does; no `onRelease`. */
function remoteStore(inner: RateLimitStore): RateLimitStore & { calls: string[] } {
  const calls: string[] = [];
  const later = <T>(value: () => T | Promise<T>) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value()), 1));
  return {
    calls,
    tryAcquire(scope, request) {
      calls.push("tryAcquire");
      return later(() => inner.tryAcquire(scope, request));
    },
    release(scope, lease, at) {
      calls.push("release");
      return later(() => inner.release(scope, lease, at));
    },
    pauseUntil(scope, until) {
      calls.push(`pauseUntil ${until}`);
      return later(() => inner.pauseUntil(scope, until));
    },
  };
}

describe("createMemoryRateLimitStore", () => {
  it("grants up to `concurrent` leases, then asks for a release", () => {
    const store = createMemoryRateLimitStore();
    expect(store.tryAcquire("a", limits(0))).toMatchObject({ granted: true });
    expect(store.tryAcquire("a", limits(0))).toMatchObject({ granted: true });
    expect(store.tryAcquire("a", limits(0))).toEqual({
      granted: false,
      reason: "concurrency",
      waitMs: 10_000,
    });
    // Another scope (another token) has its own budget.
    expect(store.tryAcquire("b", limits(0))).toMatchObject({ granted: true });
  });

  it("counts released requests from their answer time in every window", async () => {
    const store = createMemoryRateLimitStore();
    for (const at of [100, 200, 300]) {
      const grant = await store.tryAcquire("a", limits(at - 50));
      if (!grant.granted) throw new Error("expected a lease");
      store.release("a", grant.lease, at);
    }
    expect(store.tryAcquire("a", limits(400))).toMatchObject({
      granted: false,
      reason: "window",
      waitMs: 700, // the answer at 100 leaves the 1 s window at 1 100
      window: { windowMs: 1_000, max: 3 },
    });
    expect(store.tryAcquire("a", limits(1_100))).toMatchObject({ granted: true });
  });

  it("counts an answer that arrives out of order from its own time", async () => {
    const store = createMemoryRateLimitStore();
    const leases: string[] = [];
    for (let i = 0; i < 3; i++) {
      const grant = await store.tryAcquire("a", limits(0, { concurrent: 5 }));
      if (!grant.granted) throw new Error("expected a lease");
      leases.push(grant.lease);
    }
    // Answered at 300, then 100, then 200: the answer at 100 leaves the 1 s window first.
    for (const [i, at] of [300, 100, 200].entries()) store.release("a", leases[i] ?? "", at);
    expect(store.tryAcquire("a", limits(1_050))).toMatchObject({
      granted: false,
      reason: "window",
      waitMs: 50,
    });
  });

  it("a window full of requests still in flight asks for a release (they count once answered)", async () => {
    const store = createMemoryRateLimitStore();
    const wide = (now: number) => limits(now, { concurrent: 10 });
    const first = await store.tryAcquire("a", wide(0));
    if (!first.granted) throw new Error("expected a lease");
    store.tryAcquire("a", wide(0));
    store.tryAcquire("a", wide(0));
    expect(store.tryAcquire("a", wide(500))).toEqual({
      granted: false,
      reason: "concurrency",
      waitMs: 9_500,
      window: { windowMs: 1_000, max: 3 },
    });
    // One answered at 600: the window now waits for that answer to leave it (at 1 600).
    store.release("a", first.lease, 600);
    expect(store.tryAcquire("a", wide(700))).toMatchObject({
      granted: false,
      reason: "window",
      waitMs: 900,
    });
  });

  it("holds a paused scope until the pause ends", () => {
    const store = createMemoryRateLimitStore();
    store.pauseUntil("a", 5_000);
    expect(store.tryAcquire("a", limits(1_000))).toEqual({
      granted: false,
      reason: "paused",
      waitMs: 4_000,
    });
    expect(store.tryAcquire("b", limits(1_000))).toMatchObject({ granted: true });
    expect(store.tryAcquire("a", limits(5_000))).toMatchObject({ granted: true });
  });

  it("reclaims a lease never released after leaseMs", () => {
    const store = createMemoryRateLimitStore();
    store.tryAcquire("a", limits(0, { concurrent: 1 }));
    expect(store.tryAcquire("a", limits(9_999, { concurrent: 1 }))).toMatchObject({
      granted: false,
    });
    expect(store.tryAcquire("a", limits(10_000, { concurrent: 1 }))).toMatchObject({
      granted: true,
    });
  });

  it("tells onRelease listeners of its scope only", async () => {
    const store = createMemoryRateLimitStore();
    const heard: string[] = [];
    store.onRelease?.("a", () => heard.push("a"));
    store.onRelease?.("b", () => heard.push("b"));
    const grant = await store.tryAcquire("a", limits(0));
    if (!grant.granted) throw new Error("expected a lease");
    store.release("a", grant.lease, 1);
    expect(heard).toEqual(["a"]);
  });
});

describe("rateLimit: { store }", () => {
  it("works with an async store without onRelease: never more than `concurrent` in flight", async () => {
    const store = remoteStore(createMemoryRateLimitStore());
    let inFlight = 0;
    let peak = 0;
    const { client, calls } = fakeClient(
      async () => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return json({ users: [] });
      },
      { rateLimit: { store, concurrent: 3 } },
      { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 5))) },
    );
    await Promise.all(Array.from({ length: 12 }, () => client.users.list()));
    expect(calls).toHaveLength(12);
    expect(peak).toBe(3);
    expect(store.calls.filter((c) => c === "release")).toHaveLength(12);
  });

  it("works with a store whose onRelease calls back at once for a release it already saw", async () => {
    const inner = createMemoryRateLimitStore();
    const released = new Set<string>();
    let subscribed = 0;
    let unsubscribed = 0;
    let earlyCalls = 0;
    const store: RateLimitStore = {
      tryAcquire(scope, request) {
        released.delete(scope);
        // Answers a moment later, as over the network: a release can land in between.
        return new Promise((resolve) =>
          setTimeout(() => resolve(inner.tryAcquire(scope, request)), 1),
        );
      },
      release(scope, lease, at) {
        released.add(scope);
        return inner.release(scope, lease, at);
      },
      pauseUntil: (scope, until) => inner.pauseUntil(scope, until),
      onRelease(scope, listener) {
        subscribed++;
        const stop = inner.onRelease?.(scope, listener);
        if (released.has(scope)) {
          earlyCalls++;
          listener();
        }
        return () => {
          unsubscribed++;
          stop?.();
        };
      },
    };
    let inFlight = 0;
    let peak = 0;
    const { client, calls } = fakeClient(
      async () => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 3));
        inFlight--;
        return json({ users: [] });
      },
      { rateLimit: { store, concurrent: 2 } },
    );
    await Promise.all(Array.from({ length: 10 }, () => client.users.list()));
    expect(calls).toHaveLength(10);
    expect(peak).toBe(2);
    expect(earlyCalls).toBeGreaterThan(0);
    expect(unsubscribed).toBe(subscribed);
  });

  it("two clients sharing one store share the token's budget", async () => {
    const store = createMemoryRateLimitStore();
    let inFlight = 0;
    let peak = 0;
    const handler = async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return json({ users: [] });
    };
    const one = fakeClient(handler, { rateLimit: { store } }).client;
    const two = fakeClient(handler, { rateLimit: { store } }).client;
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).users.list()));
    expect(peak).toBe(5);
  });

  it("a 429 with Retry-After pauses the token's scope in the store", async () => {
    const store = remoteStore(createMemoryRateLimitStore());
    const start = 1_000_000;
    let now = start;
    const { client } = fakeClient(
      (_, n) =>
        n === 1
          ? json({ error: "Too many" }, { status: 429, headers: { "retry-after": "3" } })
          : json({ users: [] }),
      { rateLimit: { store } },
      {
        now: () => now,
        sleep: async (ms) => {
          now += ms;
        },
      },
    );
    await client.users.list();
    expect(store.calls).toContain(`pauseUntil ${start + 3_000}`);
  });
});

import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/transport/rate-limiter.js";
import { fakeClient, json } from "./helpers.js";

describe("client-side rate limiting", () => {
  it("never has more than 5 requests in flight with 20 concurrent calls", async () => {
    let inFlight = 0;
    let peak = 0;
    const { client, calls } = fakeClient(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return json({ users: [] });
    });
    await Promise.all(Array.from({ length: 20 }, () => client.users.list()));
    expect(calls).toHaveLength(20);
    expect(peak).toBe(5);
  });

  it("holds the request past the per-minute window and reports the wait through logger.warn", async () => {
    let now = 0;
    const waits: number[] = [];
    const warnings: string[] = [];
    const limiter = createRateLimiter(
      { perMinute: 3, concurrent: 10 },
      {
        now: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
        logger: { warn: (message) => warnings.push(message) },
      },
    );
    for (let i = 0; i < 3; i++) {
      (await limiter.acquire("scope"))();
      now += 1_000;
    }
    (await limiter.acquire("scope"))();
    expect(waits).toEqual([57_000]);
    expect(warnings[0]).toContain("3 requests per minute");
  });

  it("enforces the 15-minute window too", async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter(
      { perMinute: 1_000, per15Minutes: 2 },
      {
        now: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
    );
    (await limiter.acquire("scope"))();
    (await limiter.acquire("scope"))();
    (await limiter.acquire("scope"))();
    expect(waits).toEqual([15 * 60_000]);
  });

  it("scales both windows with windowMs (the long one is 15×)", async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter(
      { perMinute: 2, per15Minutes: 3, windowMs: 100 },
      {
        now: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
    );
    for (let i = 0; i < 4; i++) (await limiter.acquire("scope"))();
    // The third waits out the 100 ms window; the fourth the 1 500 ms one (from t = 0).
    expect(waits).toEqual([100, 1_400]);
  });

  it("counts a request in the windows from its answer, and as current while in flight", async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter(
      { perMinute: 1, windowMs: 100 },
      {
        now: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
    );
    const release = await limiter.acquire("scope");
    // In flight: the window is full for as long as it runs, whatever the clock says.
    let second = false;
    const next = limiter.acquire("scope").then((r) => {
      second = true;
      return r;
    });
    now = 500;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(second).toBe(false);
    // Answered at 530: Missive counted it on arrival (after the send), so the window runs
    // from the answer, 100 ms from 530 — not from the send at 0.
    now = 530;
    release();
    (await next)();
    expect(waits).toEqual([100]);
    expect(now).toBe(630);
  });

  it("can be turned off", async () => {
    let peak = 0;
    let inFlight = 0;
    const { client } = fakeClient(
      async () => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return json({ users: [] });
      },
      { rateLimit: false },
    );
    await Promise.all(Array.from({ length: 8 }, () => client.users.list()));
    expect(peak).toBe(8);
  });

  it("a caller's abort ends the wait for a free slot with the caller's reason", async () => {
    let answer: (response: Response) => void = () => {};
    const { client, calls } = fakeClient(
      (_, n) => (n === 1 ? new Promise<Response>((r) => (answer = r)) : json({ users: [] })),
      { rateLimit: { concurrent: 1 } },
    );
    const first = client.users.list();
    const controller = new AbortController();
    const second = client.users.list(undefined, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error("gave up waiting"));
    await expect(second).rejects.toThrow("gave up waiting");
    answer(json({ users: [] }));
    await expect(first).resolves.toEqual([]);
    // The abandoned waiter sent nothing, and took no slot: the next request goes at once.
    await expect(client.users.list()).resolves.toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it("a signal aborted before the wait rejects at once", async () => {
    const { client } = fakeClient(() => json({ users: [] }));
    const controller = new AbortController();
    controller.abort(new Error("already gone"));
    await expect(client.users.list(undefined, { signal: controller.signal })).rejects.toThrow(
      "already gone",
    );
  });
});

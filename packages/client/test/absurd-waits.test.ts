import { afterEach, describe, expect, it, vi } from "vitest";
import { RateLimitError } from "../src/index.js";
import { sleep } from "../src/transport/sleep.js";
import { fakeClient, json } from "./helpers.js";

/** A clock that the recorded sleeps move forward, so the limiter's pause passes. */
function clock() {
  let now = Date.UTC(2026, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    internal: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}

const tooMany = (headers: Record<string, string>) =>
  json({ error: "Too many requests" }, { status: 429, headers });

describe("a 429 asking for an absurd wait", () => {
  it.each([
    [
      "Retry-After: 999999999 (would overflow setTimeout)",
      { "retry-after": "999999999" },
      999_999_999_000,
    ],
    ["Retry-After: 1e308 (forever)", { "retry-after": "1e308" }, Number.POSITIVE_INFINITY],
    ["Retry-After: 86400 (a day)", { "retry-after": "86400" }, 86_400_000],
  ])("%s fails at once with RateLimitError carrying retryAfterMs", async (_, headers, ms) => {
    const lines: string[] = [];
    const { client, calls, sleeps } = fakeClient(() => tooMany(headers), {
      logger: { warn: (m) => lines.push(m), info: (m) => lines.push(m) },
    });
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(ms);
    expect((error as Error).message).toContain("maxRetryAfterMs");
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(lines).toEqual([]);
  });

  it("an X-RateLimit-Reset years ahead is refused the same way", async () => {
    const now = Date.UTC(2026, 0, 1);
    const inTenYears = Math.round(now / 1000) + 10 * 365 * 86_400;
    const { client, sleeps } = fakeClient(
      () => tooMany({ "x-ratelimit-reset": String(inTenYears) }),
      {},
      { now: () => now },
    );
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(inTenYears * 1000 - now);
    expect(sleeps).toEqual([]);
  });

  it("the openapi-fetch style throws it too (it is the client's decision not to wait)", async () => {
    const { client } = fakeClient(() => tooMany({ "retry-after": "86400" }));
    await expect(client.GET("/users")).rejects.toBeInstanceOf(RateLimitError);
  });

  it("the cap is configurable: maxRetryAfterMs lets a longer wait through, logged once", async () => {
    const lines: string[] = [];
    const { sleeps, internal } = clock();
    const { client } = fakeClient(
      (_, n) => (n === 1 ? tooMany({ "retry-after": "3600" }) : json({ users: [] })),
      { maxRetryAfterMs: 2 * 3_600_000, logger: { warn: (m) => lines.push(m) } },
      internal,
    );
    await expect(client.users.list()).resolves.toEqual([]);
    expect(sleeps).toEqual([3_600_000]);
    expect(lines).toEqual(["Missive answered 429 to GET /v1/users; waiting 3600000 ms."]);
  });

  it("a wait within the default cap (15 minutes) is still honoured", async () => {
    const { sleeps, internal } = clock();
    const { client } = fakeClient(
      (_, n) => (n === 1 ? tooMany({ "retry-after": "900" }) : json({ users: [] })),
      {},
      internal,
    );
    await expect(client.users.list()).resolves.toEqual([]);
    expect(sleeps).toEqual([900_000]);
  });
});

describe("sleep past setTimeout's limit (2^31 − 1 ms)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits the whole time instead of firing at once", async () => {
    vi.useFakeTimers();
    let done = false;
    const wait = sleep(2 ** 31 + 10_000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(10_001);
    await wait;
    expect(done).toBe(true);
  });
});

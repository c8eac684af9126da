import { describe, expect, it } from "vitest";
import { InvalidResponseError, TimeoutError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

const body = { reports: { organization: "o1", start: 1, end: 2 } };
const report = { id: "r1", conversations_count: 3 };

/** Missive: POST creates, GET answers an empty 404 until the report is ready. */
function analyticsServer(readyAfterPolls: number) {
  let polls = 0;
  return (request: Request) => {
    if (request.method === "POST") return json({ reports: { id: "r1" } });
    polls++;
    return polls > readyAfterPolls
      ? json({ reports: report })
      : new Response(null, { status: 404 });
  };
}

describe("analytics.run", () => {
  it("waits 5 s, then polls every 5 s through empty 404s until the report is ready", async () => {
    let now = 0;
    const { client, calls, sleeps } = fakeClient(
      analyticsServer(2),
      {},
      {
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
      },
    );
    await expect(client.analytics.run(body as never)).resolves.toEqual(report);
    expect(sleeps).toEqual([5_000, 5_000, 5_000]);
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      "POST /v1/analytics/reports",
      "GET /v1/analytics/reports/r1",
      "GET /v1/analytics/reports/r1",
      "GET /v1/analytics/reports/r1",
    ]);
  });

  it("honours custom intervals", async () => {
    const { client, sleeps } = fakeClient(analyticsServer(1));
    await client.analytics.run(body as never, { firstPollAfterMs: 10, pollIntervalMs: 20 });
    expect(sleeps).toEqual([10, 20]);
  });

  it("gives up with TimeoutError after timeoutMs", async () => {
    let now = 0;
    const { client } = fakeClient(
      analyticsServer(Number.POSITIVE_INFINITY),
      {},
      {
        now: () => now,
        sleep: async (ms) => {
          now += ms;
        },
      },
    );
    const error = await client.analytics.run(body as never, { timeoutMs: 12_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('analytics.get("r1")');
  });

  it("stops when the signal aborts (real timers, tiny interval)", async () => {
    const controller = new AbortController();
    const { client } = fakeClient(
      analyticsServer(Number.POSITIVE_INFINITY),
      {},
      {
        sleep: (ms, signal) =>
          new Promise((resolve, reject) => {
            if (signal?.aborted) return reject(signal.reason);
            const t = setTimeout(resolve, ms);
            signal?.addEventListener("abort", () => {
              clearTimeout(t);
              reject(signal.reason);
            });
          }),
      },
    );
    setTimeout(() => controller.abort(new Error("stop")), 30);
    await expect(
      client.analytics.run(body as never, {
        signal: controller.signal,
        firstPollAfterMs: 1,
        pollIntervalMs: 5,
      }),
    ).rejects.toThrow("stop");
  });

  it("a report created without an id is an InvalidResponseError, not a timeout, and is not polled", async () => {
    const { client, calls, sleeps } = fakeClient(() => json({ reports: {} }));
    const error = await client.analytics.run(body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as InvalidResponseError).reason).toBe("incomplete");
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { ConnectionError, RateLimitError, ServerError } from "../src/index.js";
import { fakeClient, json, networkError } from "./helpers.js";

const draft = { body: "Hello", to_fields: [{ address: "a@example.com" }] };

describe("retries", () => {
  it("retries a GET after 503 and resolves with the later answer", async () => {
    const { client, calls } = fakeClient((_, n) =>
      n === 1 ? json({ error: "down" }, { status: 503 }) : json({ users: [{ id: "u1" }] }),
    );
    await expect(client.users.list()).resolves.toEqual([{ id: "u1" }]);
    expect(calls).toHaveLength(2);
  });

  it("does not send a POST twice after a reset once it was sent", async () => {
    const { client, calls } = fakeClient(() => {
      throw networkError("ECONNRESET");
    });
    const error = await client.drafts.create(draft as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("may have reached Missive");
    expect(calls).toHaveLength(1);
  });

  it("does not retry a POST after a bare TypeError (browser: cannot tell)", async () => {
    const { client, calls } = fakeClient(() => {
      throw new TypeError("Failed to fetch");
    });
    await expect(client.drafts.create(draft as never)).rejects.toBeInstanceOf(ConnectionError);
    expect(calls).toHaveLength(1);
  });

  it("retries a POST after connection refused, sending the same body again", async () => {
    const { client, calls } = fakeClient((_, n) => {
      if (n === 1) throw networkError("ECONNREFUSED");
      return json({ drafts: { id: "d1" } });
    });
    await expect(client.drafts.create(draft as never)).resolves.toEqual({ id: "d1" });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.body).toBe(calls[0]?.body);
    expect(JSON.parse(calls[1]?.body ?? "")).toEqual({ drafts: draft });
  });

  it("does not retry a POST after a 500 (Missive may have acted on it)", async () => {
    const { client, calls } = fakeClient(() => json({ error: "boom" }, { status: 500 }));
    await expect(client.drafts.create(draft as never)).rejects.toBeInstanceOf(ServerError);
    expect(calls).toHaveLength(1);
  });

  it("retries a POST after 429, waiting as long as Retry-After says", async () => {
    const { client, calls, sleeps } = fakeClient(
      (_, n) =>
        n === 1
          ? json({ error: "Too many requests" }, { status: 429, headers: { "retry-after": "7" } })
          : json({ drafts: { id: "d1" } }),
      { rateLimit: false },
    );
    await expect(client.drafts.create(draft as never)).resolves.toEqual({ id: "d1" });
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([7_000]);
  });

  it("falls back to X-RateLimit-Reset on a 429 without Retry-After", async () => {
    const { client, sleeps } = fakeClient(
      (_, n) =>
        n === 1
          ? json({ error: "slow down" }, { status: 429, headers: { "x-ratelimit-reset": "3" } })
          : json({ users: [] }),
      { rateLimit: false },
    );
    await client.users.list();
    expect(sleeps).toEqual([3_000]);
  });

  it("gives up after maxRetries with a RateLimitError carrying retryAfterMs", async () => {
    const { client, calls } = fakeClient(
      () => json({ error: "Too many" }, { status: 429, headers: { "retry-after": "2" } }),
      { maxRetries: 3, rateLimit: false },
    );
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2_000);
    expect(calls).toHaveLength(4);
  });

  it("backs off exponentially and never past maxRetryDelayMs", async () => {
    const { client, sleeps } = fakeClient(() => json({ error: "x" }, { status: 502 }), {
      maxRetries: 8,
      maxRetryDelayMs: 4_000,
    });
    await expect(client.users.list()).rejects.toBeInstanceOf(ServerError);
    expect(sleeps).toEqual([500, 1_000, 2_000, 4_000, 4_000, 4_000, 4_000, 4_000]);
  });

  it("stops at once when the signal aborts during a backoff", async () => {
    const controller = new AbortController();
    const { client, calls } = fakeClient(
      () => json({ error: "x" }, { status: 503 }),
      { maxRetries: 5 },
      {
        sleep: (_ms, signal) =>
          new Promise((_resolve, reject) => {
            signal?.addEventListener("abort", () => reject(signal.reason));
            controller.abort(new Error("user gave up"));
          }),
      },
    );
    await expect(client.users.list(undefined, { signal: controller.signal })).rejects.toThrow(
      "user gave up",
    );
    expect(calls).toHaveLength(1);
  });

  it("the raw openapi-fetch style returns { error, response } instead of throwing", async () => {
    const { client } = fakeClient(() => json({ error: "Not found" }, { status: 404 }));
    const { data, error, response } = await client.GET("/users");
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "Not found" });
    expect(response.status).toBe(404);
  });
});

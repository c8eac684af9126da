import { describe, expect, it } from "vitest";
import { TimeoutError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

/**
 * A server that never answers, until the request's signal aborts. The pending requests are
 * held strongly: undici links a Request's signal to its parent through a weak reference, so an
 * unreferenced hanging request could be garbage-collected and never see the abort.
 */
const pending = new Set<Request>();
const hang = (request: Request) =>
  new Promise<Response>((_resolve, reject) => {
    pending.add(request);
    const fail = () => {
      pending.delete(request);
      reject(request.signal.reason);
    };
    if (request.signal.aborted) fail();
    request.signal.addEventListener("abort", fail);
  });

describe("timeouts", () => {
  it("a GET attempt that times out is retried", async () => {
    const { client, calls } = fakeClient((r, n) => (n === 1 ? hang(r) : json({ users: [] })), {
      timeoutMs: 20,
    });
    await expect(client.users.list()).resolves.toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it("a POST that times out is not retried (Missive may have acted on it)", async () => {
    const { client, calls } = fakeClient(hang, { timeoutMs: 20 });
    const error = await client.posts.create({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(calls).toHaveLength(1);
  });

  it("totalTimeoutMs bounds all attempts together", async () => {
    const { client, calls } = fakeClient(hang, {
      timeoutMs: 1_000,
      totalTimeoutMs: 30,
      maxRetries: 5,
    });
    const started = Date.now();
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("totalTimeoutMs");
    expect(Date.now() - started).toBeLessThan(900);
    expect(calls).toHaveLength(1);
  });

  it("a caller abort is not turned into a retry", async () => {
    const controller = new AbortController();
    const { client, calls } = fakeClient(hang);
    setTimeout(() => controller.abort(new Error("cancelled")), 10);
    await expect(client.users.list(undefined, { signal: controller.signal })).rejects.toThrow(
      "cancelled",
    );
    expect(calls).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { TimeoutError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

/** Never answers; fails when the attempt's signal aborts (the client gave up). */
const hang = (request: Request) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason));
  });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the concurrency slot of an abandoned request", () => {
  it("stays taken for abandonedGraceMs after a timeout: Missive may still be working on it", async () => {
    const { client, calls } = fakeClient((r, n) => (n === 1 ? hang(r) : json({ users: [] })), {
      timeoutMs: 20,
      maxRetries: 0,
      rateLimit: { concurrent: 1, abandonedGraceMs: 600 },
    });
    await expect(client.users.list()).rejects.toBeInstanceOf(TimeoutError);
    const next = client.users.list();
    await pause(150);
    // Still held: the next request has not been sent.
    expect(calls).toHaveLength(1);
    await expect(next).resolves.toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it("is kept after a caller's abort too", async () => {
    const controller = new AbortController();
    const { client, calls } = fakeClient((r, n) => (n === 1 ? hang(r) : json({ users: [] })), {
      rateLimit: { concurrent: 1, abandonedGraceMs: 600 },
    });
    const first = client.users.list(undefined, { signal: controller.signal });
    await pause(10);
    controller.abort(new Error("gave up"));
    await expect(first).rejects.toThrow("gave up");
    const next = client.users.list();
    await pause(150);
    expect(calls).toHaveLength(1);
    await expect(next).resolves.toEqual([]);
  });

  it("abandonedGraceMs: 0 frees it at once; an answered request frees it at once", async () => {
    const { client, calls } = fakeClient((r, n) => (n === 1 ? hang(r) : json({ users: [] })), {
      timeoutMs: 20,
      maxRetries: 0,
      rateLimit: { concurrent: 1, abandonedGraceMs: 0 },
    });
    await expect(client.users.list()).rejects.toBeInstanceOf(TimeoutError);
    await expect(client.users.list()).resolves.toEqual([]);
    await expect(client.users.list()).resolves.toEqual([]);
    expect(calls).toHaveLength(3);
  });
});

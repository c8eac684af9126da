import { describe, expect, it } from "vitest";
import { createMissiveClient, TimeoutError } from "../src/index.js";
import { startServer } from "./http-server.js";

/**
 * The attempt lives until its body is read: a server that sends its headers (with a
 * Content-Length) and then stalls or drips is stopped by `timeoutMs`, `totalTimeoutMs` and the
 * caller's signal, not waited on until it finishes.
 */
describe("timeouts and the caller's signal cover the body", () => {
  /** Headers with Content-Length 200, the first 10 bytes, then nothing. */
  const stalling = () =>
    startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "200" });
      response.write('{"users":[');
    });

  it("a body stalled after its headers is stopped by timeoutMs", async () => {
    const server = await stalling();
    try {
      const missive = createMissiveClient({
        token: "t",
        baseUrl: server.baseUrl,
        timeoutMs: 300,
        maxRetries: 0,
      });
      const error = await missive.users.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toContain("timeoutMs");
      await expect.poll(() => server.closedEarly).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it("a body stalled after its headers is stopped by the caller's signal", async () => {
    const server = await stalling();
    try {
      const missive = createMissiveClient({ token: "t", baseUrl: server.baseUrl });
      const controller = new AbortController();
      const call = missive.GET("/users", { signal: controller.signal });
      // Abort once the headers are surely in: the server has written its first bytes.
      setTimeout(() => controller.abort(new Error("user left")), 200);
      await expect(call).rejects.toThrow("user left");
      await expect.poll(() => server.closedEarly).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it("a server dripping 1 byte/s is cut off by timeoutMs 1500 and totalTimeoutMs 2000", async () => {
    let dripped = 0;
    const body = JSON.stringify({ users: [] }).padEnd(30, " ");
    const server = await startServer((_request, response) => {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": String(body.length),
      });
      const drip = setInterval(() => {
        if (response.destroyed || dripped >= body.length) return clearInterval(drip);
        response.write(body[dripped++]);
      }, 1_000);
    });
    try {
      const missive = createMissiveClient({
        token: "t",
        baseUrl: server.baseUrl,
        timeoutMs: 1_500,
        totalTimeoutMs: 2_000,
      });
      const error = await missive.users.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      // Stopped after a couple of bytes, not after the 30 s the whole body takes.
      expect(dripped).toBeLessThan(5);
      await expect.poll(() => server.closedEarly).toBeGreaterThanOrEqual(1);
    } finally {
      await server.stop();
    }
  });
});

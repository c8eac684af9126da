import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ConnectionError, createMissiveClient } from "../src/index.js";
import { neverSent } from "../src/transport/network-error.js";

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("reading real fetch failures (Node/undici)", () => {
  it("connection refused and DNS failure are 'never sent' (a POST may be retried)", async () => {
    const refused = await fetch(`http://127.0.0.1:${await closedPort()}/`, {
      method: "POST",
    }).catch((e: unknown) => e);
    expect(neverSent(refused)).toBe(true);
    const dns = await fetch("http://missive-ts.invalid/").catch((e: unknown) => e);
    expect(neverSent(dns)).toBe(true);
  });

  it("a reset after the request went out is not", () => {
    const reset = new TypeError("fetch failed", {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    expect(neverSent(reset)).toBe(false);
    expect(neverSent(new TypeError("Failed to fetch"))).toBe(false);
  });
});

describe("a real server that resets the connection once it has read the request", () => {
  it("a POST is sent once; a GET is retried", async () => {
    let requests = 0;
    const server = createHttpServer((request) => {
      requests++;
      request.resume();
      request.on("end", () => request.socket.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const missive = createMissiveClient(
        { token: "t", baseUrl: `http://127.0.0.1:${port}/v1` },
        { sleep: async () => {} },
      );
      await expect(missive.posts.create({} as never)).rejects.toBeInstanceOf(ConnectionError);
      expect(requests).toBe(1);
      await expect(missive.users.list()).rejects.toBeInstanceOf(ConnectionError);
      expect(requests).toBe(1 + 3);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

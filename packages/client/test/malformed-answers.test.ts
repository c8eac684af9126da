import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  createMissiveClient,
  InvalidResponseError,
  MissiveError,
  ServerError,
} from "../src/index.js";
import { fakeClient, json } from "./helpers.js";
import { startServer, type TestServer } from "./http-server.js";

async function withServer(
  handler: Parameters<typeof startServer>[0],
  test: (server: TestServer) => Promise<void>,
) {
  const server = await startServer(handler);
  try {
    await test(server);
  } finally {
    await server.stop();
  }
}

const client = (baseUrl: string, more = {}) =>
  createMissiveClient({ token: "t", baseUrl, ...more }, { sleep: async () => {} });

describe("unbounded answers: maxResponseBytes", () => {
  it("a body over the cap fails with InvalidResponseError (too-large) and is not read further", () => {
    let written = 0;
    return withServer(
      (_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (written < 64 * 1024 * 1024 && !response.destroyed) {
            written += chunk.length;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end();
        };
        pump();
      },
      async ({ baseUrl }) => {
        const error = await client(baseUrl, { maxResponseBytes: 1024 * 1024 })
          .users.list()
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).reason).toBe("too-large");
        expect((error as Error).message).toContain("maxResponseBytes");
        expect(written).toBeLessThan(64 * 1024 * 1024);
      },
    );
  });

  it("the default cap covers the decompressed size of a gzip bomb", () => {
    // 64 MiB of spaces, about 64 KiB gzipped: over the 32 MiB default once decoded.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    return withServer(
      (_request, response) => {
        response.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
          "content-length": String(bomb.length),
        });
        response.end(bomb);
      },
      async ({ baseUrl }) => {
        const error = await client(baseUrl)
          .users.list()
          .catch((e: unknown) => e);
        expect(bomb.length).toBeLessThan(1024 * 1024);
        expect(error).toBeInstanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).reason).toBe("too-large");
      },
    );
  });
});

describe("malformed answers are typed MissiveErrors", () => {
  it("a 200 that is not JSON: InvalidResponseError (not-json), in both styles", async () => {
    const { client: missive } = fakeClient(
      () => new Response("<html>oops</html>", { headers: { "content-type": "text/html" } }),
    );
    const error = await missive.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("not-json");
    expect((error as Error).message).toBe(
      "GET /v1/users answered 200 with 17 bytes of text/html that are not JSON.",
    );
    await expect(missive.GET("/users")).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("a GET cut mid-body is retried; a POST cut mid-body is not, and says so", () => {
    let requests = 0;
    return withServer(
      (request, response) => {
        requests++;
        request.resume();
        const body = JSON.stringify({ users: [{ id: "u1" }] });
        response.writeHead(200, {
          "content-type": "application/json",
          "content-length": String(body.length),
        });
        if (requests === 1 || request.method === "POST") {
          response.write(body.slice(0, 5));
          setTimeout(() => response.destroy(), 20);
        } else response.end(body);
      },
      async ({ baseUrl }) => {
        const missive = client(baseUrl);
        await expect(missive.users.list()).resolves.toEqual([{ id: "u1" }]);
        expect(requests).toBe(2);
        const error = await missive.posts.create({} as never).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).reason).toBe("truncated");
        expect(requests).toBe(3);
      },
    );
  });

  it("a body shorter than its Content-Length (a custom fetch) counts as cut", async () => {
    const { client: missive, calls } = fakeClient(
      () =>
        new Response('{"users":', {
          headers: { "content-type": "application/json", "content-length": "40" },
        }),
      { maxRetries: 1 },
    );
    const error = await missive.users.list().catch((e: unknown) => e);
    expect((error as InvalidResponseError).reason).toBe("truncated");
    expect(calls).toHaveLength(2);
  });

  it("a 502 HTML page gives a short message, not the page", async () => {
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"<p>nginx</p>".repeat(200)}</body></html>`;
    const { client: missive } = fakeClient(
      () => new Response(page, { status: 502, headers: { "content-type": "text/html" } }),
      { maxRetries: 0 },
    );
    const error = await missive.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).serverMessage).toBe("502 Bad Gateway");
    expect((error as Error).message).not.toContain("<");
    expect((error as Error).message.length).toBeLessThan(150);
  });

  it("an empty 200 for an operation that returns a list is an error, not undefined", async () => {
    const { client: missive } = fakeClient(() => new Response(null, { status: 200 }));
    const error = await missive.conversations.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("empty");
    expect(error).toBeInstanceOf(MissiveError);
    // The envelope missing is the same fault.
    const { client: other } = fakeClient(() => json({}));
    await expect(other.users.list()).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

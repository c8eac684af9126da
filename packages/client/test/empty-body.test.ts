import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createMissiveClient } from "../src/index.js";
import { startServer, type TestServer } from "./http-server.js";

/**
 * Missive may answer a POST with 201 and an empty body. openapi-fetch already reads a body
 * without a length, or with `Content-Length: 0`, as no body. The case the client must handle
 * itself: an empty body sent compressed, whose `Content-Length` is the compressed length
 * (20 bytes for gzip) while the decoded body is empty — openapi-fetch would parse it as JSON.
 */
async function withGzipEmpty201(test: (server: TestServer) => Promise<void>) {
  const empty = gzipSync(Buffer.alloc(0));
  const server = await startServer((request, response) => {
    request.resume();
    response.writeHead(201, {
      "content-type": "application/json",
      "content-encoding": "gzip",
      "content-length": String(empty.byteLength),
    });
    response.end(empty);
  });
  try {
    await test(server);
  } finally {
    await server.stop();
  }
}

describe("an empty, gzip-encoded 201 whose Content-Length is the encoded length", () => {
  it("gives data undefined in the openapi-fetch style", () =>
    withGzipEmpty201(async ({ baseUrl }) => {
      const missive = createMissiveClient({ token: "t", baseUrl });
      const { data, error, response } = await missive.POST("/posts", {
        body: { posts: { notification: { title: "t", body: "b" }, text: "hi" } } as never,
      });
      expect(response.headers.get("content-length")).toBe("0");
      expect(error).toBeUndefined();
      expect(data).toBeUndefined();
      expect(response.status).toBe(201);
    }));

  it("makes a resource method resolve undefined", () =>
    withGzipEmpty201(async ({ baseUrl }) => {
      const missive = createMissiveClient({ token: "t", baseUrl });
      await expect(
        missive.contacts.create([{ contact_book: "b1" }] as never),
      ).resolves.toBeUndefined();
    }));
});

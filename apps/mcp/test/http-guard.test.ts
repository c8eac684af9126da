/**
 * Issue 25, points 14 and 15: a browser page on another site (foreign `Origin`) and a
 * DNS-rebinding page (foreign `Host`) are refused with 403 before any MCP is read, on every
 * bind address; the bound host:port and the allow-lists are served.
 */
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { startHttpBin } from "./bin.js";
import { TOKEN, withSim } from "./helpers.js";

const body = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: {
    protocolVersion: "2025-06-18",
    capabilities: {},
    clientInfo: { name: "guard-test", version: "0" },
  },
});

/** POSTs an initialize with these extra headers (node:http: fetch cannot set Host). */
function post(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        authorization: `Bearer ${TOKEN}`,
        ...headers,
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("HTTP mode refuses foreign origins and hosts (DNS rebinding)", () => {
  it("refuses a foreign Origin with 403, serves its own origin and --allowed-origins", async () => {
    await withSim(async (sim) => {
      const server = await startHttpBin(["--allowed-origins", "https://app.example"], {
        MISSIVE_BASE_URL: sim.url,
      });
      try {
        const own = new URL(server.url).origin;
        expect(await post(server.url, { origin: "http://evil.example" })).toBe(403);
        expect(await post(server.url, { origin: "null" })).toBe(403);
        expect(await post(server.url, { origin: "https://app.example.evil.example" })).toBe(403);
        expect(await post(server.url, { origin: "https://app.example" })).toBe(200);
        expect(await post(server.url, { origin: own })).toBe(200);
        // No Origin: not a browser (an SDK client, curl).
        expect(await post(server.url, {})).toBe(200);
      } finally {
        await server.stop();
      }
    });
  });

  it("keeps the Host check on another loopback address (--host 127.0.0.2)", async () => {
    await withSim(async (sim) => {
      const server = await startHttpBin(["--host", "127.0.0.2"], { MISSIVE_BASE_URL: sim.url });
      try {
        const { host } = new URL(server.url);
        expect(host).toMatch(/^127\.0\.0\.2:\d+$/);
        expect(await post(server.url, { host: "evil.example" })).toBe(403);
        expect(await post(server.url, { host: `evil.example:${new URL(server.url).port}` })).toBe(
          403,
        );
        expect(await post(server.url, { host: "127.0.0.2:1" })).toBe(403);
        expect(await post(server.url, { host })).toBe(200);
      } finally {
        await server.stop();
      }
    });
  });

  it("serves the names in --allowed-hosts, and only them", async () => {
    await withSim(async (sim) => {
      const server = await startHttpBin(["--allowed-hosts", "mcp.internal.example"], {
        MISSIVE_BASE_URL: sim.url,
      });
      try {
        expect(await post(server.url, { host: "mcp.internal.example" })).toBe(200);
        expect(await post(server.url, { host: "mcp.internal.example:8443" })).toBe(200);
        expect(await post(server.url, { host: "other.example" })).toBe(403);
        expect(await post(server.url, { host: `localhost:${new URL(server.url).port}` })).toBe(200);
      } finally {
        await server.stop();
      }
    });
  });
});

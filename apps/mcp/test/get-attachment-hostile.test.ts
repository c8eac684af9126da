/**
 * `get_attachment` against a hostile file host (issue 25, points 8 and 13): it goes through
 * `client.attachments.download()`, so the client's timeouts cover a file that drips, and a
 * redirect into the machine's own network is not followed. The Missive client has a public base
 * URL (`https://api.test/v1`) and a `fetch` that routes it to the simulator, the file host's
 * name to a server on 127.0.0.1, and follows redirects itself (as `fetch` does) when asked to.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMissiveClient } from "@missive-ts/client";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTools, createServer as createMcpServer, defaultPolicy } from "../src/index.js";
import { attachFile, call, TOKEN, textOf } from "./helpers.js";

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("get_attachment, against a hostile file host", () => {
  let sim: RunningSimulator;
  const servers: Server[] = [];
  let internal = "";
  let internalHits = 0;
  let files = "";
  const drips = new Set<NodeJS.Timeout>();

  beforeAll(async () => {
    sim = await startSimulator({ seed: 9 });
    const inside = createServer((_req, res) => {
      internalHits++;
      res.end("internal secret");
    });
    internal = await listen(inside);
    const host = createServer((req, res) => {
      if (req.url?.startsWith("/signed/drip")) {
        res.writeHead(200, { "content-type": "text/plain" });
        const timer = setInterval(() => res.write("a"), 100);
        drips.add(timer);
        res.on("close", () => clearInterval(timer));
        return;
      }
      res.writeHead(302, { location: `${internal}/admin` }).end();
    });
    files = await listen(host);
    servers.push(inside, host);
  });
  afterAll(async () => {
    for (const timer of drips) clearInterval(timer);
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await sim?.stop();
  });

  const route = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const target =
      url.hostname === "api.test"
        ? `${sim.url}${url.pathname.replace(/^\/v1/, "")}${url.search}`
        : url.hostname === "files.example"
          ? `${files}${url.pathname}`
          : request.url;
    const { method, headers, signal } = request;
    const response = await fetch(target, { method, headers, signal, redirect: "manual" });
    const location = response.headers.get("location");
    if (request.redirect !== "follow" || !location || response.status < 300) return response;
    return route(new Request(new URL(location, target), { signal }));
  };

  async function connectWith(timeoutMs?: number) {
    const missive = createMissiveClient({
      token: TOKEN,
      baseUrl: "https://api.test/v1",
      fetch: route,
      maxRetries: 0,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    const server = createMcpServer({
      ...buildTools(defaultPolicy),
      policy: defaultPolicy,
      client: missive,
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: "test", version: "0.0.0" });
    await server.connect(serverSide);
    await client.connect(clientSide);
    return { client, close: () => client.close().then(() => server.close()) };
  }

  it("does not follow the file host's redirect to a loopback service", async () => {
    const message = attachFile(sim, "https://files.example", "notes.txt");
    const { client, close } = await connectWith();
    try {
      const result = await call(client, "get_attachment", { message });
      expect(result.isError).toBe(true);
      expect(textOf(result)).not.toContain("internal secret");
      expect(internalHits).toBe(0);
    } finally {
      await close();
    }
  });

  it("gives up on a file that drips, after the client's timeoutMs", async () => {
    const message = attachFile(sim, "https://files.example", "drip.txt");
    const { client, close } = await connectWith(1_000);
    try {
      const result = await call(client, "get_attachment", { message });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/timed out/);
    } finally {
      await close();
    }
  });
});

/**
 * Issue 23, point 6: HTTP mode serves every bearer token through `withToken` views of ONE
 * client, over one rate-limit store, so a token's limiter state outlives any number of other
 * users. (Before: an LRU of 64 clients, each with its own limiter; the 65th token evicted the
 * least recent one, whose next request started with a fresh budget.)
 */
import type { Server } from "node:http";
import { describe, expect, it } from "vitest";
import { startHttpServer, urlOf } from "../src/http-server.js";
import { buildTools, defaultPolicy } from "../src/index.js";
import { makeClient } from "../src/make-client.js";
import { createTokenStore } from "../src/token-store.js";
import { withSim } from "./helpers.js";

const tokenOf = (i: number) => `missive_pat-user${String(i).padStart(3, "0")}-0123456789abcdef`;

/** One stateless `tools/call` as a 2025 client sends it; resolves to the tool result. */
async function callTool(url: string, token: string, name: string, signal?: AbortSignal) {
  const response = await fetch(url, {
    method: "POST",
    signal: signal ?? null,
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2025-06-18",
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name, arguments: {} },
    }),
  });
  const text = await response.text();
  const json = text.startsWith("{") ? text : (/^data: (.*)$/m.exec(text)?.[1] ?? "");
  return (JSON.parse(json) as { result: { isError?: boolean } }).result;
}

describe("HTTP mode: one client, a withToken view per request, one shared store", () => {
  it("keeps a token's limiter state while more than 64 other tokens are served", async () => {
    await withSim(
      async (sim) => {
        const waits: string[] = [];
        let waited: () => void = () => {};
        const waitedOnce = new Promise<"waited">((resolve) => {
          waited = () => resolve("waited");
        });
        const logger = {
          debug: (message: string) => {
            waits.push(message);
            if (/waiting/.test(message)) waited();
          },
          warn: (message: string) => {
            waits.push(message);
            if (/waiting/.test(message)) waited();
          },
        };
        // Two requests per (long) window per token: the third must wait in our limiter.
        const client = makeClient(null, sim.url, {
          rateLimit: {
            store: createTokenStore(),
            perMinute: 2,
            per15Minutes: 100,
            windowMs: 600_000,
          },
          maxRetries: 0,
          logger,
        });
        const policy = defaultPolicy;
        const http: Server = await startHttpServer({
          host: "127.0.0.1",
          port: 0,
          catalogue: buildTools(policy),
          policy,
          client,
        });
        const url = urlOf(http, "127.0.0.1");
        try {
          const first = tokenOf(0);
          expect((await callTool(url, first, "list_teams")).isError).toBeFalsy();
          expect((await callTool(url, first, "list_teams")).isError).toBeFalsy();
          // 70 other users, one call each: each has its own budget, nobody waits.
          for (let i = 1; i <= 70; i++) {
            expect((await callTool(url, tokenOf(i), "list_teams")).isError).toBeFalsy();
          }
          expect(waits).toEqual([]);
          expect(sim.stats.requests).toBe(72);
          // The first user's third call: its two earlier requests are still in its window.
          const abort = new AbortController();
          const third = callTool(url, first, "list_teams", abort.signal).then(
            () => "answered" as const,
            () => "aborted" as const,
          );
          expect(await Promise.race([waitedOnce, third])).toBe("waited");
          abort.abort();
          await third;
          expect(sim.stats.requests).toBe(72);
        } finally {
          http.closeAllConnections();
          await new Promise((resolve) => http.close(resolve));
        }
      },
      { rateLimit: false },
    );
  });
});

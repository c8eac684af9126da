/**
 * What 2026-07-28 adds, on the wire and through the SDK client: `server/discover` answers
 * without any `initialize`, `tools/list` and `server/discover` carry cache hints (`ttlMs`,
 * `cacheScope`), and a destructive call is confirmed with an `input_required` round trip —
 * which works even over stateless HTTP, where a 2025 client cannot be asked at all.
 */
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { describe, expect, it } from "vitest";
import { startHttpBin } from "./bin.js";
import { TOKEN, withSim } from "./helpers.js";

const MODERN = "2026-07-28";

/** A bare 2026-07-28 request: no session, no `initialize`; version and capabilities in `_meta`. */
async function modernRequest(url: string, method: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      authorization: `Bearer ${TOKEN}`,
      "mcp-protocol-version": MODERN,
      "mcp-method": method,
    },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method,
      params: {
        _meta: {
          "io.modelcontextprotocol/protocolVersion": MODERN,
          "io.modelcontextprotocol/clientCapabilities": {},
        },
      },
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: Record<string, unknown> }).result;
}

describe("MCP 2026-07-28", () => {
  it("answers server/discover and tools/list without initialize, with cache hints", async () => {
    await withSim(async (sim) => {
      const server = await startHttpBin([], { MISSIVE_BASE_URL: sim.url });
      try {
        const discover = await modernRequest(server.url, "server/discover");
        expect(discover.supportedVersions).toContain(MODERN);
        expect(discover.capabilities).toMatchObject({ tools: {} });
        expect(discover).toMatchObject({ ttlMs: 3_600_000, cacheScope: "private" });
        const list = await modernRequest(server.url, "tools/list");
        expect((list.tools as { name: string }[]).map((tool) => tool.name)).toContain(
          "list_conversations",
        );
        expect(list).toMatchObject({ ttlMs: 3_600_000, cacheScope: "private" });
      } finally {
        await server.stop();
      }
    });
  });

  it("confirms a destructive call through input_required, even over stateless HTTP", async () => {
    await withSim(async (sim) => {
      const [source, target] = sim.state.conversations;
      const server = await startHttpBin(["--allow-destructive"], { MISSIVE_BASE_URL: sim.url });
      const asked: string[] = [];
      let answer: "accept" | "decline" = "decline";
      const client = new Client(
        { name: "modern-elicitation", version: "0.0.0" },
        { versionNegotiation: { mode: { pin: MODERN } }, capabilities: { elicitation: {} } },
      );
      client.setRequestHandler("elicitation/create", (request) => {
        asked.push(String(request.params.message));
        return answer === "accept"
          ? { action: "accept", content: { confirm: true } }
          : { action: "decline" };
      });
      try {
        await client.connect(
          new StreamableHTTPClientTransport(new URL(server.url), {
            requestInit: { headers: { authorization: `Bearer ${TOKEN}` } },
          }),
        );
        const merge = {
          name: "merge_conversations",
          arguments: { id: source?.id, target: target?.id },
        };
        const declined = await client.callTool(merge);
        expect(declined.isError).toBe(true);
        expect(JSON.stringify(declined.content)).toMatch(/not confirmed/);
        expect(asked).toEqual(["Allow merge_conversations? It cannot be undone."]);
        expect(sim.stats.mutations).toEqual([]);
        answer = "accept";
        const merged = await client.callTool(merge);
        expect(merged.isError).toBeFalsy();
        expect(asked).toHaveLength(2);
        expect(sim.stats.mutations.length).toBeGreaterThan(0);
      } finally {
        await client.close();
        await server.stop();
      }
    });
  });
});

import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { type CallToolResult, ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { startHttpBin } from "./bin.js";
import { withSim } from "./helpers.js";

const ALICE = "missive_pat-alice-0123456789abcdef";
const BOB = "missive_pat-bob-fedcba9876543210";

/** A pass-through proxy in front of the simulator that records which token each request carried. */
async function recordingProxy(target: string) {
  const tokens: string[] = [];
  const server = createServer((req, res) => {
    tokens.push(String(req.headers.authorization));
    const upstream = httpRequest(
      `${target}${req.url}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tokens,
    stop: () => new Promise((r) => server.close(r)),
  };
}

async function connectAs(
  url: string,
  token: string,
  client = new Client({ name: "http-test", version: "0.0.0" }),
) {
  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    }),
  );
  return client;
}

describe("the built missive-mcp over Streamable HTTP", () => {
  it("serves each request with its caller's own token, and refuses requests without one", async () => {
    await withSim(async (sim) => {
      const proxy = await recordingProxy(sim.url);
      // A token in the environment must not stand in for a missing Authorization header.
      const server = await startHttpBin([], {
        MISSIVE_BASE_URL: proxy.url,
        MISSIVE_API_TOKEN: "missive_pat-env-token-xyz",
      });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
        const alice = await connectAs(server.url, ALICE);
        const bob = await connectAs(server.url, BOB);
        const { tools } = await alice.listTools();
        expect(tools.map((tool) => tool.name)).toContain("list_conversations");
        const users = (await alice.callTool({
          name: "list_users",
          arguments: {},
        })) as CallToolResult;
        expect((users.structuredContent?.users as unknown[] | undefined)?.length).toBe(
          sim.state.users.length,
        );
        expect(proxy.tokens).toEqual([`Bearer ${ALICE}`]);
        await bob.callTool({ name: "list_teams", arguments: {} });
        expect(proxy.tokens).toEqual([`Bearer ${ALICE}`, `Bearer ${BOB}`]);
        await alice.close();
        await bob.close();

        const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" });
        const headers = {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
        };
        const anonymous = await fetch(server.url, { method: "POST", headers, body });
        expect(anonymous.status).toBe(401);
        expect(anonymous.headers.get("www-authenticate")).toMatch(/Bearer/);
        expect(await anonymous.text()).toMatch(/Authorization: Bearer/);
        expect(
          (await fetch(server.url, { headers: { authorization: `Bearer ${ALICE}` } })).status,
        ).toBe(405);
        expect(
          (await fetch(server.url.replace("/mcp", "/other"), { method: "POST", headers, body }))
            .status,
        ).toBe(404);
        // fetch cannot set Host: node:http can (a DNS-rebinding page would reach us with its own name).
        const rebound = await new Promise<number>((resolve, reject) => {
          const req = httpRequest(server.url, {
            method: "POST",
            headers: { ...headers, authorization: `Bearer ${ALICE}`, host: "evil.example" },
          });
          req.on("response", (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on("error", reject);
          req.end(body);
        });
        expect(rebound).toBe(403);
        expect(proxy.tokens).toHaveLength(2);
        for (const token of [ALICE, BOB, "missive_pat-env-token-xyz"])
          expect(server.stderr()).not.toContain(token);
      } finally {
        await server.stop();
        await proxy.stop();
      }
    });
  });

  it("binds to loopback by default and honours --read-only over HTTP", async () => {
    await withSim(async (sim) => {
      const server = await startHttpBin(["--read-only"], { MISSIVE_BASE_URL: sim.url });
      try {
        expect(new URL(server.url).hostname).toBe("127.0.0.1");
        const client = await connectAs(server.url, ALICE);
        const { tools } = await client.listTools();
        expect(tools.every((tool) => tool.annotations?.readOnlyHint)).toBe(true);
        await client.close();
      } finally {
        await server.stop();
      }
    });
  });
  it("over HTTP (stateless, so no elicitation) the flags alone decide a destructive call, without hanging", async () => {
    await withSim(async (sim) => {
      const [source, target] = sim.state.conversations;
      const refusing = await startHttpBin([], { MISSIVE_BASE_URL: sim.url });
      const allowing = await startHttpBin(["--allow-destructive"], { MISSIVE_BASE_URL: sim.url });
      try {
        const merge = { id: source?.id, target: target?.id };
        const asking = () => {
          const client = new Client(
            { name: "http-test", version: "0.0.0" },
            { capabilities: { elicitation: {} } },
          );
          client.setRequestHandler(ElicitRequestSchema, () => ({ action: "decline" }));
          return client;
        };
        const denied = await connectAs(refusing.url, ALICE, asking());
        const refused = (await denied.callTool({
          name: "merge_conversations",
          arguments: merge,
        })) as CallToolResult;
        expect(refused.isError).toBe(true);
        expect(JSON.stringify(refused.content)).toContain("--allow-destructive");
        expect(sim.stats.mutations).toEqual([]);
        await denied.close();
        const allowed = await connectAs(allowing.url, ALICE, asking());
        const merged = (await allowed.callTool({
          name: "merge_conversations",
          arguments: merge,
        })) as CallToolResult;
        expect(merged.isError).toBeFalsy();
        await allowed.close();
      } finally {
        await refusing.stop();
        await allowing.stop();
      }
    });
  });
});

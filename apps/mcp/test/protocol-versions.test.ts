/**
 * Issue 23, point 5: the protocol versions an MCP host may speak today, each with a real SDK
 * client (`@modelcontextprotocol/client` 2.x) against the built bin, over stdio and over
 * Streamable HTTP. 2025-06-18 and 2025-11-25 open with `initialize`; 2026-07-28 has no
 * `initialize`: the client probes with `server/discover` and carries the version and its
 * capabilities in each request's `_meta`. In each: the static tools page a list, and in code
 * mode (`--tools code`) `execute` walks a list with `for await` and returns an aggregate.
 * (The v1 SDK client, what most hosts ship, is driven by the other tests: bin-stdio,
 * bin-http, inspector.)
 */

import type { RunningSimulator } from "@missive-ts/sim";
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, STATIC, startHttpBin, stdioLaunch } from "./bin.js";
import { TOKEN, withSim } from "./helpers.js";

const versions = ["2025-06-18", "2025-11-25", "2026-07-28"] as const;
type Version = (typeof versions)[number];

/** A client that speaks exactly `version`: pinned for 2026-07-28, offered alone before. */
function clientFor(version: Version): Client {
  const modern = version >= "2026";
  return new Client(
    { name: `versions-test-${version}`, version: "0.0.0" },
    modern
      ? { versionNegotiation: { mode: { pin: version } } }
      : { supportedProtocolVersions: [version] },
  );
}

type Connect = (
  sim: RunningSimulator,
  client: Client,
  args?: string[],
) => Promise<() => Promise<void>>;

const overStdio: Connect = async (sim, client, args = []) => {
  await client.connect(
    new StdioClientTransport(stdioLaunch([...STATIC, ...args], { MISSIVE_BASE_URL: sim.url })),
  );
  return () => client.close();
};

const overHttp: Connect = async (sim, client, args = []) => {
  const server = await startHttpBin(args, { MISSIVE_BASE_URL: sim.url });
  try {
    await client.connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: { headers: { authorization: `Bearer ${TOKEN}` } },
      }),
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return async () => {
    await client.close();
    await server.stop();
  };
};

type Structured = { structuredContent?: Record<string, unknown>; isError?: boolean };

/** Walks every page of the inbox and returns how many conversations it holds. */
async function countInbox(client: Client): Promise<number> {
  let count = 0;
  let args: Record<string, unknown> = { inbox: true, limit: 25 };
  for (;;) {
    const result = (await client.callTool({
      name: "list_conversations",
      arguments: args,
    })) as Structured;
    expect(result.isError).toBeFalsy();
    const page = result.structuredContent ?? {};
    count += (page.conversations as unknown[]).length;
    if (typeof page.next_cursor !== "string") return count;
    args = { cursor: page.next_cursor };
  }
}

/** Conversations per sender domain, as the simulator holds them. */
function perDomain(sim: RunningSimulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const conversation of sim.state.conversations) {
    const authors = (conversation.authors ?? []) as { address?: string }[];
    const domain = String(authors[0]?.address ?? "").split("@")[1] ?? "(none)";
    counts[domain] = (counts[domain] ?? 0) + 1;
  }
  return counts;
}

const aggregateCode = `
  const perDomain: Record<string, number> = {};
  for await (const c of missive.conversations.listAll({ inbox: true, limit: 50 })) {
    const domain = (c.authors?.[0]?.address ?? "").split("@")[1] ?? "(none)";
    perDomain[domain] = (perDomain[domain] ?? 0) + 1;
  }
  return perDomain;`;

describe.each([
  ["stdio", overStdio],
  ["Streamable HTTP", overHttp],
] as const)("a real SDK client over %s", (_, connect) => {
  beforeAll(assertBuilt);

  it.each(versions)(
    "speaks %s: lists the tools and walks a list to an aggregate",
    async (version) => {
      await withSim(async (sim) => {
        const client = clientFor(version);
        const close = await connect(sim, client);
        try {
          expect(client.getNegotiatedProtocolVersion()).toBe(version);
          expect(client.getProtocolEra()).toBe(version >= "2026" ? "modern" : "legacy");
          expect(client.getServerVersion()?.name).toBe("missive-mcp");
          const { tools } = await client.listTools();
          expect(tools.map((tool) => tool.name)).toContain("list_conversations");
          expect(await countInbox(client)).toBe(sim.state.conversations.length);
        } finally {
          await close();
        }
      });
    },
  );

  it.each(versions)(
    "speaks %s in code mode: execute walks a list with for await to an aggregate",
    async (version) => {
      await withSim(async (sim) => {
        const client = clientFor(version);
        const close = await connect(sim, client, ["--tools", "code"]);
        try {
          expect(client.getNegotiatedProtocolVersion()).toBe(version);
          const { tools } = await client.listTools();
          expect(tools.map((tool) => tool.name)).toEqual(["search_api", "execute"]);
          const answer = await client.callTool({
            name: "execute",
            arguments: { code: aggregateCode },
          });
          expect(answer.isError).toBeFalsy();
          const [first] = answer.content as { type: string; text: string }[];
          const parsed = JSON.parse(first?.text ?? "") as { result: unknown; api_calls: number };
          expect(parsed.result).toEqual(perDomain(sim));
          expect(parsed.api_calls).toBeGreaterThan(0);
        } finally {
          await close();
        }
      });
    },
  );
});

/**
 * The built bin with `--tools code`, driven by the SDK's client over stdio: `execute` walks a
 * list with `for await` and returns an aggregate. (The protocol-version matrix extends this.)
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, stdioLaunch } from "./bin.js";
import { TOKEN, textOf, withSim } from "./helpers.js";

/** The code an agent sends: open conversations per author domain, over every page. */
export const perDomainCode = `
const counts: Record<string, number> = {};
for await (const conversation of missive.conversations.listAll({ inbox: true })) {
  const domain = (conversation.authors?.[0]?.address ?? "").split("@")[1] ?? "";
  counts[domain] = (counts[domain] ?? 0) + 1;
}
return counts;`;

export function expectedPerDomain(conversations: Record<string, unknown>[]) {
  const counts: Record<string, number> = {};
  for (const c of conversations) {
    const authors = (c.authors as { address?: string }[] | undefined) ?? [];
    const domain = (authors[0]?.address ?? "").split("@")[1] ?? "";
    counts[domain] = (counts[domain] ?? 0) + 1;
  }
  return counts;
}

describe("missive-mcp --tools code over stdio", () => {
  beforeAll(assertBuilt);

  it("runs execute with code that walks a list with for await and returns an aggregate", async () => {
    await withSim(
      async (sim) => {
        const transport = new StdioClientTransport(
          stdioLaunch(["--tools", "code"], { MISSIVE_BASE_URL: sim.url }),
        );
        const client = new Client({ name: "bin-code", version: "0.0.0" });
        await client.connect(transport);
        try {
          const { tools } = await client.listTools();
          expect(tools.map((tool) => tool.name)).toEqual(["search_api", "execute"]);
          const result = (await client.callTool({
            name: "execute",
            arguments: { code: perDomainCode },
          })) as CallToolResult;
          expect(result.isError).toBeFalsy();
          const answer = JSON.parse(textOf(result));
          expect(answer.result).toEqual(expectedPerDomain(sim.state.conversations));
          expect(answer.api_calls).toBeGreaterThan(1);
          expect(JSON.stringify(result)).not.toContain(TOKEN);
        } finally {
          await client.close();
        }
      },
      { data: { conversations: 120 } },
    );
  });
});

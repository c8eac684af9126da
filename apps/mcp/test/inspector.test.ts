/**
 * `@modelcontextprotocol/inspector` in CLI mode against the built server: what someone checking
 * the server by hand (or a CI script) runs.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, BIN, STATIC } from "./bin.js";
import { TOKEN, withSim } from "./helpers.js";

const INSPECTOR = fileURLToPath(new URL("../node_modules/.bin/mcp-inspector", import.meta.url));

/** The inspector's stdout (its JSON); throws when its stderr holds the token. */
function inspect(baseUrl: string, serverArgs: string[], method: string[]): Promise<string> {
  const args = ["--cli", "-e", `MISSIVE_API_TOKEN=${TOKEN}`, "-e", `MISSIVE_BASE_URL=${baseUrl}`];
  args.push("node", BIN, ...STATIC, ...serverArgs, ...method);
  return new Promise((resolve, reject) => {
    execFile(INSPECTOR, args, { timeout: 90_000 }, (error, stdout, stderr) => {
      if (error)
        reject(new Error(`mcp-inspector failed: ${stdout}${stderr}`.replaceAll(TOKEN, "<token>")));
      else if ((stdout + stderr).includes(TOKEN)) reject(new Error("the token reached the output"));
      else resolve(stdout);
    });
  });
}

describe("the MCP Inspector (CLI mode) against the built server", () => {
  beforeAll(assertBuilt);

  it("lists the tools and calls one", { timeout: 120_000 }, async () => {
    await withSim(async (sim) => {
      const listed = await inspect(sim.url, [], ["--method", "tools/list"]);
      const { tools } = JSON.parse(listed) as { tools: { name: string; outputSchema?: unknown }[] };
      const names = tools.map((tool) => tool.name);
      expect(names).toEqual(
        expect.arrayContaining(["list_conversations", "create_draft", "get_conversation_timeline"]),
      );
      expect(names).not.toContain("delete_post");
      expect(tools.every((tool) => tool.outputSchema)).toBe(true);

      const called = await inspect(
        sim.url,
        [],
        [
          "--method",
          "tools/call",
          "--tool-name",
          "list_conversations",
          "--tool-arg",
          "inbox=true",
          "--tool-arg",
          "limit=5",
        ],
      );
      const result = JSON.parse(called) as {
        structuredContent: { conversations: { id: string }[]; next_cursor?: string };
      };
      expect(result.structuredContent.conversations.map((c) => c.id)).toEqual(
        sim.state.conversations.slice(0, 5).map((c) => c.id),
      );
      expect(result.structuredContent.next_cursor).toEqual(expect.any(String));
      expect(listed + called).not.toContain(TOKEN);
    });
  });

  it("sees only read tools with --read-only", { timeout: 120_000 }, async () => {
    await withSim(async (sim) => {
      const listed = await inspect(sim.url, ["--read-only"], ["--method", "tools/list"]);
      const { tools } = JSON.parse(listed) as {
        tools: { annotations?: { readOnlyHint?: boolean } }[];
      };
      expect(tools.length).toBeGreaterThan(15);
      expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    });
  });
});

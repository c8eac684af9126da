import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operationMetadata } from "@missive-ts/schema";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { beforeAll, describe, expect, it } from "vitest";
import { snakeCase } from "../src/operations.js";
import { assertBuilt, BIN, STATIC, stdioLaunch } from "./bin.js";
import { TOKEN, withSim } from "./helpers.js";

const taskTools = [
  "get_conversation_timeline",
  "find_contacts",
  "draft_reply",
  "triage_conversations",
  "get_attachment",
];

async function spawnClient(url: string, args: string[], env: Record<string, string> = {}) {
  const stderr: string[] = [];
  const transport = new StdioClientTransport(
    stdioLaunch([...STATIC, ...args], { MISSIVE_BASE_URL: url, ...env }),
  );
  transport.stderr?.on("data", (chunk) => stderr.push(String(chunk)));
  const client = new Client({ name: "bin-test", version: "0.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr.join("") };
}

describe("the built missive-mcp over stdio", () => {
  beforeAll(assertBuilt);

  it("lists every documented operation plus the task tools, each with annotations and an output schema", async () => {
    await withSim(async (sim) => {
      const { client, stderr } = await spawnClient(sim.url, [
        "--toolsets",
        "all",
        "--allow-send",
        "--allow-destructive",
      ]);
      try {
        const { tools } = await client.listTools();
        const names = tools.map((tool) => tool.name);
        for (const op of operationMetadata) expect(names).toContain(snakeCase(op.operationId));
        for (const name of taskTools) expect(names).toContain(name);
        for (const tool of tools) {
          expect(tool.annotations?.readOnlyHint, tool.name).toBeTypeOf("boolean");
          expect(tool.annotations?.openWorldHint, tool.name).toBe(true);
          expect(tool.outputSchema?.type, tool.name).toBe("object");
          expect(tool.description?.length, tool.name).toBeGreaterThan(10);
        }
        const result = (await client.callTool({
          name: "list_users",
          arguments: {},
        })) as CallToolResult;
        expect(result.isError).toBeFalsy();
        expect((result.structuredContent?.users as unknown[] | undefined)?.length).toBe(
          sim.state.users.length,
        );
        expect(JSON.stringify(result) + stderr()).not.toContain(TOKEN);
      } finally {
        await client.close();
      }
    });
  });

  it("with --read-only lists only read tools", async () => {
    await withSim(async (sim) => {
      const { client } = await spawnClient(sim.url, [
        "--read-only",
        "--allow-send",
        "--allow-destructive",
      ]);
      try {
        const { tools } = await client.listTools();
        expect(tools.length).toBeGreaterThan(15);
        for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
        expect(tools.map((tool) => tool.name)).not.toContain("create_post");
      } finally {
        await client.close();
      }
    });
  });

  it("takes the token of the CLI's saved profile with --profile", async () => {
    await withSim(async (sim) => {
      const dir = mkdtempSync(join(tmpdir(), "missive-mcp-profile-"));
      try {
        writeFileSync(
          join(dir, "config.json"),
          JSON.stringify({ profiles: { work: { token: TOKEN } } }),
          { mode: 0o600 },
        );
        const { client, stderr } = await spawnClient(sim.url, ["--profile", "work"], {
          MISSIVE_API_TOKEN: "",
          MISSIVE_CONFIG_DIR: dir,
        });
        try {
          const result = (await client.callTool({
            name: "list_teams",
            arguments: {},
          })) as CallToolResult;
          expect(result.isError).toBeFalsy();
          expect(stderr()).not.toContain(TOKEN);
        } finally {
          await client.close();
        }
        const other = spawnSync(process.execPath, [BIN, "--profile", "home"], {
          env: { PATH: process.env.PATH ?? "", MISSIVE_CONFIG_DIR: dir },
          input: "",
          encoding: "utf8",
        });
        expect(other.status).toBe(3);
        expect(other.stderr).toMatch(/profile "home"/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it("exits with a clear message when the token has the wrong form, without quoting it", () => {
    const bad = "missive_pat-has space-0123456789";
    const run = spawnSync(process.execPath, [BIN], {
      env: { PATH: process.env.PATH ?? "", MISSIVE_API_TOKEN: bad },
      input: "",
      encoding: "utf8",
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/whitespace.*MISSIVE_API_TOKEN/);
    expect(run.stderr).not.toContain("has space");
  });

  it("exits with a clear message when there is no token", async () => {
    const run = spawnSync(process.execPath, [BIN], {
      env: { PATH: process.env.PATH ?? "", MISSIVE_CONFIG_DIR: "/nonexistent-missive" },
      input: "",
      encoding: "utf8",
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/MISSIVE_API_TOKEN/);
    expect(run.stderr).toMatch(/missive auth login/);
  });
});

/** `--tools dynamic`: three meta-tools over the static catalogue, under the same policy. */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { connectMode, inMode } from "./code-helpers.js";
import { textOf, withSim } from "./helpers.js";

type Entity = Record<string, unknown>;

describe("dynamic mode", () => {
  it("lists search_tools, describe_tool and call_tool in at most 1,500 tokens, every flag on", async () => {
    await withSim(async (sim) => {
      const all = { allowSend: true, allowDestructive: true };
      const { client, close } = await connectMode(sim, "dynamic", all);
      try {
        const listed = await client.listTools();
        expect(listed.tools.map((tool) => tool.name)).toEqual([
          "search_tools",
          "describe_tool",
          "call_tool",
        ]);
        expect(JSON.stringify(listed).length / 4).toBeLessThanOrEqual(1_500);
      } finally {
        await close();
      }
    });
  });

  it("finds, describes and calls a tool", async () => {
    await inMode("dynamic", async ({ client, sim }) => {
      const run = async (name: string, args: Entity) =>
        (await client.callTool({ name, arguments: args })) as CallToolResult;
      const found = textOf(await run("search_tools", { query: "list users" }));
      expect(found.split("\n")[0]).toMatch(/^list_users: /);
      const described = JSON.parse(textOf(await run("describe_tool", { name: "list_users" })));
      expect(described.inputSchema.type).toBe("object");
      const called = await run("call_tool", { name: "list_users", arguments: {} });
      const users = (called.structuredContent as { users: Entity[] }).users;
      expect(users.map((u) => u.id)).toEqual(sim.state.users.map((u) => u.id));
    });
  });

  it("refuses through call_tool what the flags refuse, sending nothing", async () => {
    await withSim(async (sim) => {
      const readOnly = await connectMode(sim, "dynamic", { readOnly: true });
      const open = await connectMode(sim, "dynamic");
      try {
        const id = String(sim.state.conversations[0]?.id);
        const write = (await readOnly.client.callTool({
          name: "call_tool",
          arguments: {
            name: "update_conversations",
            arguments: { conversations: [{ id, close: true }] },
          },
        })) as CallToolResult;
        expect(write.isError).toBe(true);
        expect(textOf(write)).toContain("--read-only");
        const hidden = textOf(
          (await readOnly.client.callTool({
            name: "search_tools",
            arguments: { query: "update conversations" },
          })) as CallToolResult,
        );
        expect(hidden).not.toContain("update_conversations");
        const send = (await open.client.callTool({
          name: "call_tool",
          arguments: {
            name: "create_draft",
            arguments: { conversation: id, body: "x", send: true },
          },
        })) as CallToolResult;
        expect(send.isError).toBe(true);
        expect(textOf(send)).toContain("--allow-send");
        const remove = (await open.client.callTool({
          name: "call_tool",
          arguments: { name: "delete_draft", arguments: { id: "d1" } },
        })) as CallToolResult;
        expect(textOf(remove)).toContain("--allow-destructive");
        expect(sim.stats.requests).toBe(0);
      } finally {
        await readOnly.close();
        await open.close();
      }
    });
  });
});

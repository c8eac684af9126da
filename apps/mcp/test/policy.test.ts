import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { call, connect, structured, textOf, withSim } from "./helpers.js";

const names = (tools: { name: string }[]) => tools.map((tool) => tool.name);

describe("safe by default: the flags decide what is listed and what is refused", () => {
  it("without flags: no sending, no deletes or merges, and drafts cannot carry send fields", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const { tools } = await client.listTools();
        const listed = names(tools);
        for (const hidden of [
          "create_message",
          "delete_draft",
          "delete_post",
          "delete_responses",
          "delete_hook",
          "merge_conversations",
        ]) {
          expect(listed).not.toContain(hidden);
        }
        const draft = tools.find((tool) => tool.name === "create_draft");
        expect(Object.keys(draft?.inputSchema.properties ?? {})).not.toContain("send");
        expect(Object.keys(draft?.inputSchema.properties ?? {})).not.toContain("send_at");
        expect(draft?.annotations?.destructiveHint).toBe(false);
        const replyTool = tools.find((tool) => tool.name === "draft_reply");
        expect(Object.keys(replyTool?.inputSchema.properties ?? {})).not.toContain("send");

        const conversation = String(sim.state.conversations[0]?.id);
        const sent = await call(client, "create_draft", {
          conversation,
          body: "Hi",
          to_fields: [{ address: "a@b.c" }],
          send: true,
        });
        expect(sent.isError).toBe(true);
        expect(textOf(sent)).toMatch(/--allow-send/);
        const scheduled = await call(client, "draft_reply", {
          conversation,
          body: "Hi",
          send_at: 2_000_000_000,
        });
        expect(textOf(scheduled)).toMatch(/--allow-send/);
        const message = await call(client, "create_message", { account: "a", body: "x" });
        expect(message.isError).toBe(true);
        expect(textOf(message)).toMatch(/--allow-send/);
        const deleted = await call(client, "delete_post", { id: "p1" });
        expect(deleted.isError).toBe(true);
        expect(textOf(deleted)).toMatch(/--allow-destructive/);
        const merged = await call(client, "merge_conversations", {
          id: conversation,
          target: conversation,
        });
        expect(textOf(merged)).toMatch(/--allow-destructive/);
        expect(sim.stats.mutations).toEqual([]);

        // Without send fields the draft is saved.
        const saved = structured(
          await call(client, "create_draft", {
            conversation,
            body: "Hi",
            to_fields: [{ address: "a@b.c" }],
          }),
        );
        expect((saved.drafts as { id?: string }).id).toBeTruthy();
      } finally {
        await close();
      }
    });
  });

  it("without --allow-send, refuses send/send_at at any depth of a draft (issue 25.16)", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const conversation = String(sim.state.conversations[0]?.id);
        const nested = await call(client, "create_draft", {
          conversation,
          body: "Hi",
          to_fields: [{ address: "a@b.c", send: true }],
        });
        expect(nested.isError).toBe(true);
        expect(textOf(nested)).toMatch(/to_fields\/0\/send would send email.*--allow-send/);
        const deep = await call(client, "draft_reply", {
          conversation,
          body: "Hi",
          attachments: [{ filename: "a.txt", base64_data: "eA==", meta: { send_at: 1 } }],
        });
        expect(deep.isError).toBe(true);
        expect(textOf(deep)).toMatch(/send_at/);
        expect(sim.stats.mutations).toEqual([]);
        // `send: false` sends nothing, at any depth.
        const saved = await call(client, "create_draft", {
          conversation,
          body: "Hi",
          to_fields: [{ address: "a@b.c", send: false }],
        });
        expect(saved.isError).toBeFalsy();
      } finally {
        await close();
      }
    });
  });

  it("--read-only lists only read tools and refuses writes", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim, {
        readOnly: true,
        allowSend: true,
        allowDestructive: true,
      });
      try {
        const { tools } = await client.listTools();
        expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
        expect(names(tools)).toEqual(
          expect.arrayContaining([
            "list_conversations",
            "get_conversation_timeline",
            "find_contacts",
            "get_attachment",
          ]),
        );
        const post = await call(client, "create_post", {
          notification: { title: "t", body: "b" },
          text: "x",
        });
        expect(post.isError).toBe(true);
        expect(textOf(post)).toMatch(/--read-only/);
        expect(sim.stats.mutations).toEqual([]);
      } finally {
        await close();
      }
    });
  });

  it("--allow-send and --allow-destructive list those tools with destructiveHint", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim, { allowSend: true, allowDestructive: true });
      try {
        const { tools } = await client.listTools();
        const byName = new Map(tools.map((tool) => [tool.name, tool]));
        for (const name of [
          "create_message",
          "delete_post",
          "merge_conversations",
          "create_draft",
          "draft_reply",
        ]) {
          expect(byName.get(name)?.annotations?.destructiveHint, name).toBe(true);
        }
        expect(Object.keys(byName.get("create_draft")?.inputSchema.properties ?? {})).toContain(
          "send",
        );
        expect(byName.get("create_post")?.annotations).toMatchObject({
          readOnlyHint: false,
          destructiveHint: false,
          idempotentHint: false,
        });
        expect(byName.get("update_contacts")?.annotations).toMatchObject({
          idempotentHint: true,
          destructiveHint: false,
        });
        expect(byName.get("delete_post")?.annotations).toMatchObject({ idempotentHint: true });
        expect(byName.get("list_tasks")?.annotations).toMatchObject({
          readOnlyHint: true,
          openWorldHint: true,
        });
        expect(byName.get("create_post")?.description).toMatch(/reopen: false/);
      } finally {
        await close();
      }
    });
  });

  it("--toolsets narrows the list, and says so when a tool outside it is called", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim, { toolsets: ["contacts"] });
      try {
        const listed = names((await client.listTools()).tools);
        expect(listed.sort()).toEqual([
          "create_contacts",
          "find_contacts",
          "get_contact",
          "list_contact_books",
          "list_contact_groups",
          "list_contacts",
          "update_contacts",
        ]);
        const outside = await call(client, "list_users");
        expect(outside.isError).toBe(true);
        expect(textOf(outside)).toMatch(/not available/);
      } finally {
        await close();
      }
    });
  });

  it("asks the user through elicitation before a destructive call, and does nothing when declined", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(
        sim,
        { allowDestructive: true },
        { capabilities: { elicitation: {} } },
      );
      const asked: string[] = [];
      let answer: "accept" | "decline" = "decline";
      client.setRequestHandler(ElicitRequestSchema, (request) => {
        asked.push(request.params.message);
        return answer === "accept"
          ? { action: "accept", content: { confirm: true } }
          : { action: "decline" };
      });
      try {
        const conversation = String(sim.state.conversations[0]?.id);
        const draft = structured(
          await call(client, "create_draft", {
            conversation,
            body: "x",
            to_fields: [{ address: "a@b.c" }],
          }),
        );
        const id = (draft.drafts as { id: string }).id;
        expect(asked).toEqual([]);
        const declined = await call(client, "delete_draft", { id });
        expect(declined.isError).toBe(true);
        expect(textOf(declined)).toMatch(/not confirmed/);
        expect(asked).toHaveLength(1);
        expect(sim.stats.byOperation["DELETE /drafts/{id}"]).toBeUndefined();
        answer = "accept";
        const accepted = await call(client, "delete_draft", { id });
        expect(accepted.isError).toBeFalsy();
        expect(sim.stats.byOperation["DELETE /drafts/{id}"]).toBe(1);
      } finally {
        await close();
      }
    });
  });
});

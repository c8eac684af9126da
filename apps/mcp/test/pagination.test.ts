import { describe, expect, it } from "vitest";
import { call, connect, structured, textOf, withSim } from "./helpers.js";

type Item = { id: string };

describe("list tools page with an opaque cursor", () => {
  it("list_conversations twice with next_cursor: disjoint pages whose union is the whole list", async () => {
    await withSim(
      async (sim) => {
        const { client, close } = await connect(sim);
        try {
          const first = structured(
            await call(client, "list_conversations", { inbox: true, limit: 25 }),
          );
          expect(typeof first.next_cursor).toBe("string");
          const second = structured(
            await call(client, "list_conversations", { cursor: first.next_cursor }),
          );
          expect(second.next_cursor).toBeUndefined();
          const a = (first.conversations as Item[]).map((c) => c.id);
          const b = (second.conversations as Item[]).map((c) => c.id);
          expect(a.filter((id) => b.includes(id))).toEqual([]);
          const all = sim.state.conversations.map((c) => c.id);
          expect(new Set([...a, ...b])).toEqual(new Set(all));
          expect(a.length + b.length).toBe(all.length);
        } finally {
          await close();
        }
      },
      { data: { conversations: 40, timestampCollisionRate: 0.5 } },
    );
  });

  it("walks every until- and offset-paged list exactly once, whatever the page size", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const walk = async (tool: string, args: Record<string, unknown>, key: string) => {
          const ids: string[] = [];
          let result = structured(await call(client, tool, args));
          for (;;) {
            ids.push(...(result[key] as Item[]).map((item) => item.id));
            if (typeof result.next_cursor !== "string") return ids;
            result = structured(await call(client, tool, { cursor: result.next_cursor }));
          }
        };
        const conversations = await walk(
          "list_conversations",
          { all: true, limit: 7 },
          "conversations",
        );
        expect(conversations).toEqual(sim.state.conversations.map((c) => c.id));
        const tasks = await walk("list_tasks", { limit: 9 }, "tasks");
        expect(new Set(tasks).size).toBe(tasks.length);
        expect(new Set(tasks)).toEqual(new Set(sim.state.tasks.map((t) => t.id)));
        const users = await walk("list_users", { limit: 3 }, "users");
        expect(users).toEqual(sim.state.users.map((u) => u.id));
      } finally {
        await close();
      }
    });
  });

  it("refuses a cursor of another tool or a damaged one, with what to do", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const first = structured(await call(client, "list_users", { limit: 2 }));
        const wrong = await call(client, "list_teams", { cursor: first.next_cursor });
        expect(wrong.isError).toBe(true);
        expect(textOf(wrong)).toMatch(/belongs to list_users/);
        const damaged = await call(client, "list_users", { cursor: "not-a-cursor" });
        expect(damaged.isError).toBe(true);
        expect(textOf(damaged)).toMatch(/next_cursor/);
        // An edited cursor is checked like any arguments.
        const state = JSON.parse(Buffer.from(String(first.next_cursor), "base64url").toString());
        const edited = Buffer.from(JSON.stringify({ ...state, args: { limit: 100_000 } })).toString(
          "base64url",
        );
        const tampered = await call(client, "list_users", { cursor: edited });
        expect(textOf(tampered)).toMatch(/cursor is damaged.*limit must be <= 200/);
        // Changing a filter half-way is refused: the walk would no longer be exactly-once.
        const changed = await call(client, "list_users", { cursor: first.next_cursor, limit: 5 });
        expect(changed.isError).toBe(true);
        expect(textOf(changed)).toMatch(/limit differs from the walk/);
        const same = await call(client, "list_users", { cursor: first.next_cursor, limit: 2 });
        expect(same.isError).toBeFalsy();
      } finally {
        await close();
      }
    });
  });
});

/**
 * The scripted agents of static and dynamic mode: the tool calls a model would make for each
 * task, in order. Static mode calls the tools by name; dynamic mode first finds each tool with
 * `search_tools`, reads it with `describe_tool`, then runs it through `call_tool`.
 */
import type { Session } from "./session.js";
import { CLOSE_DOMAIN, REFUNDS } from "./world.js";

type Entity = Record<string, unknown>;
export type Use = (tool: string, args?: Entity) => Promise<Entity>;

export function staticUse(session: Session): Use {
  return async (tool, args) => (await session.call(tool, args)).structured;
}

export function dynamicUse(session: Session): Use {
  const known = new Set<string>();
  return async (tool, args = {}) => {
    if (!known.has(tool)) {
      await session.call("search_tools", { query: tool.replaceAll("_", " ") });
      await session.call("describe_tool", { name: tool });
      known.add(tool);
    }
    return (await session.call("call_tool", { name: tool, arguments: args })).structured;
  };
}

/** Every item of a list tool, page by page with `next_cursor`. */
async function walk(use: Use, tool: string, key: string, args: Entity): Promise<Entity[]> {
  const items: Entity[] = [];
  let page = await use(tool, args);
  for (;;) {
    items.push(...((page[key] as Entity[] | undefined) ?? []));
    if (typeof page.next_cursor !== "string") return items;
    page = await use(tool, { cursor: page.next_cursor });
  }
}

const domainOf = (c: Entity) =>
  String((c.authors as Entity[] | undefined)?.[0]?.address ?? "").split("@")[1] ?? "";

export const toolAgents = {
  async perDomain(use: Use): Promise<unknown> {
    const counts: Record<string, number> = {};
    for (const c of await walk(use, "list_conversations", "conversations", {
      inbox: true,
      limit: 50,
    })) {
      counts[domainOf(c)] = (counts[domainOf(c)] ?? 0) + 1;
    }
    return counts;
  },
  async refunds(use: Use): Promise<unknown> {
    const labels = (await use("list_shared_labels")).shared_labels as Entity[];
    const label = labels.find((l) => l.name === REFUNDS);
    const users = (await use("list_users", { limit: 200 })).users as Entity[];
    const ours = new Set(users.map((u) => String(u.email).toLowerCase()));
    const cutoff = Date.now() / 1000 - 48 * 3600;
    const conversations = await walk(use, "list_conversations", "conversations", {
      shared_label: label?.id,
      limit: 50,
    });
    let drafted = 0;
    for (const c of conversations) {
      const [latest] = (await use("list_conversation_messages", { id: c.id, limit: 1 }))
        .messages as Entity[];
      const from = String((latest?.from_field as Entity | undefined)?.address ?? "").toLowerCase();
      if (!latest || ours.has(from) || Number(latest.delivered_at) > cutoff) continue;
      await use("draft_reply", {
        conversation: c.id,
        body: "<p>We are processing your refund.</p>",
      });
      drafted++;
    }
    return { drafted };
  },
  async closeDomain(use: Use): Promise<unknown> {
    const conversations = await walk(use, "list_conversations", "conversations", {
      inbox: true,
      domain: CLOSE_DOMAIN,
      limit: 50,
    });
    const ids = conversations.map((c) => String(c.id));
    for (let i = 0; i < ids.length; i += 100) {
      await use("triage_conversations", { conversations: ids.slice(i, i + 100), close: true });
    }
    return { closed: ids.length };
  },
};

/**
 * `get_conversation_timeline`: a conversation's messages, comments and posts in time order,
 * bodies as trimmed plain text, within a size budget (the newest entries are kept).
 */
import type { MissiveClient } from "@missive-ts/client";
import { success } from "../results.js";
import type { Tool } from "../tool.js";
import { plainText, trimTo } from "./plain-text.js";

interface Entry {
  kind: "message" | "comment" | "post";
  id: string;
  at: number;
  author: string;
  text: string;
  attachments?: { id: string; filename: string }[];
}

type Item = Record<string, unknown>;
type Participant = { name?: string; address?: string; phone_number?: string; username?: string };

const who = (field: unknown) => {
  const p = (field ?? {}) as Participant;
  const handle = p.address ?? p.phone_number ?? p.username;
  return [p.name, handle && `<${handle}>`].filter(Boolean).join(" ") || "unknown";
};

const filesOf = (list: unknown) =>
  ((Array.isArray(list) ? list : list ? [list] : []) as Item[]).map((file) => ({
    id: String(file.id),
    filename: String(file.filename ?? ""),
  }));

/** Messages with their bodies: the list has none, so the newest are read in one batch request. */
async function messages(
  client: MissiveClient,
  conversation: string,
  bodies: number,
  signal: AbortSignal,
) {
  const listed = (await client.conversations
    .listAllMessages(conversation, {}, { signal })
    .collect()) as Item[];
  const newest = [...listed]
    .sort((a, b) => Number(b.delivered_at) - Number(a.delivered_at))
    .slice(0, bodies)
    .map((message) => String(message.id));
  const full = new Map<string, Item>();
  if (newest.length > 0) {
    // One id answers an object, several an array (GET /messages/{id1},{id2},…).
    const got = (await client.messages.get(newest, { signal })) as Item | Item[] | undefined;
    for (const message of Array.isArray(got) ? got : got ? [got] : [])
      full.set(String(message.id), message);
  }
  return listed.map((message): Entry => {
    const body = full.get(String(message.id))?.body;
    const entry: Entry = {
      kind: "message",
      id: String(message.id),
      at: Number(message.delivered_at),
      author: who(message.from_field),
      text: typeof body === "string" ? plainText(body) : String(message.preview ?? ""),
    };
    const files = filesOf(full.get(String(message.id))?.attachments ?? message.attachments);
    if (files.length > 0) entry.attachments = files;
    return entry;
  });
}

async function timeline(
  client: MissiveClient,
  conversation: string,
  bodies: number,
  signal: AbortSignal,
) {
  const [mails, comments, posts] = await Promise.all([
    messages(client, conversation, bodies, signal),
    client.conversations.listAllComments(conversation, {}, { signal }).collect(),
    client.conversations.listAllPosts(conversation, {}, { signal }).collect(),
  ]);
  const fromComments = (comments as Item[]).map((comment): Entry => {
    const entry: Entry = {
      kind: "comment",
      id: String(comment.id),
      at: Number(comment.created_at),
      author: String((comment.author as Item | undefined)?.name ?? "unknown"),
      text: plainText(String(comment.body ?? "")),
    };
    const files = filesOf(comment.attachment);
    if (files.length > 0) entry.attachments = files;
    return entry;
  });
  const fromPosts = (posts as Item[]).map((post): Entry => {
    const note = (post.notification ?? {}) as Item;
    const parts = [
      note.title,
      note.body,
      ...((post.attachments ?? []) as Item[]).map((a) => a.markdown ?? a.text ?? a.title),
    ];
    return {
      kind: "post",
      id: String(post.id),
      at: Number(post.created_at),
      author: String(post.username ?? "integration"),
      text: plainText(parts.filter(Boolean).join("\n")),
    };
  });
  return [...mails, ...fromComments, ...fromPosts].sort((a, b) => a.at - b.at);
}

export function timelineTool(): Tool {
  return {
    name: "get_conversation_timeline",
    kind: "read",
    toolset: "conversations",
    sendFields: [],
    description:
      "A conversation's messages, comments and posts in time order, bodies as plain text (quotes left out), within max_chars: the newest entries are kept and omitted says how many older ones were left out. Read-only.",
    inputSchema: {
      type: "object",
      properties: {
        conversation: { type: "string", description: "Conversation ID." },
        max_chars: {
          type: "integer",
          minimum: 500,
          maximum: 200_000,
          default: 20_000,
          description: "Budget for all texts together.",
        },
        max_entry_chars: {
          type: "integer",
          minimum: 100,
          maximum: 50_000,
          default: 3_000,
          description: "Budget per entry.",
        },
        message_bodies: {
          type: "integer",
          minimum: 0,
          maximum: 50,
          default: 10,
          description:
            "How many of the newest messages to read in full (one batch request); older ones show their preview.",
        },
      },
      required: ["conversation"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        conversation: { type: "string" },
        entries: {
          type: "array",
          items: {
            type: "object",
            properties: {
              kind: { enum: ["message", "comment", "post"] },
              id: { type: "string" },
              at: { type: "integer" },
              author: { type: "string" },
              text: { type: "string" },
              attachments: { type: "array" },
            },
          },
        },
        omitted: { type: "integer" },
      },
      required: ["conversation", "entries", "omitted"],
    },
    annotations: { readOnlyHint: true, openWorldHint: true },
    async call(args, { client, signal }) {
      const conversation = String(args.conversation);
      const budget = Number(args.max_chars ?? 20_000);
      const perEntry = Number(args.max_entry_chars ?? 3_000);
      const all = await timeline(client, conversation, Number(args.message_bodies ?? 10), signal);
      const kept: Entry[] = [];
      let used = 0;
      for (const entry of [...all].reverse()) {
        const text = trimTo(entry.text, perEntry);
        if (used + text.length > budget && kept.length > 0) break;
        used += text.length;
        kept.unshift({ ...entry, text });
      }
      const omitted = all.length - kept.length;
      const lines = kept.map(
        (e) =>
          `[${new Date(e.at * 1000).toISOString()}] ${e.kind} ${e.id} by ${e.author}:\n${e.text}`,
      );
      const head = `${kept.length} entries${omitted ? ` (${omitted} older left out)` : ""}.`;
      const result = success({ conversation, entries: kept, omitted }, head);
      result.content = [{ type: "text", text: [head, ...lines].join("\n\n") }];
      return result;
    },
  };
}

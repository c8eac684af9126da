/**
 * `get_conversation_timeline`: a conversation's messages, comments and posts in time order,
 * bodies as trimmed plain text, within a size budget (the newest entries are kept).
 */
import { success } from "../results.js";
import type { Tool } from "../tool.js";
import { trimTo } from "./plain-text.js";
import { type Entry, timeline } from "./timeline-entries.js";

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

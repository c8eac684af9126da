/**
 * `triage_conversations`: close, reopen, label, assign or move many conversations in one
 * PATCH /conversations (updateConversations): no post, so nothing shows in the conversations,
 * nobody is notified and a closed conversation stays closed. The fields and their
 * descriptions are the spec's, taken from the operation's own input schema.
 */
import { annotationsFor } from "../annotations.js";
import type { JsonSchema } from "../json-schema.js";
import { operationInput } from "../operation-input.js";
import { operationOutput } from "../operation-output.js";
import { operations } from "../operations.js";
import { success } from "../results.js";
import type { Tool } from "../tool.js";

/** The update's fields that triage is about (not subject or color). */
const triageFields = [
  "close",
  "reopen",
  "organization",
  "add_shared_labels",
  "remove_shared_labels",
  "add_assignees",
  "remove_assignees",
  "add_users",
  "team",
  "force_team",
  "add_to_inbox",
  "add_to_team_inbox",
];

export function triageTool(): Tool | null {
  const update = operations().find((op) => op.meta.operationId === "updateConversations");
  if (!update) return null;
  const input = operationInput(update, false).schema;
  const list = (input.properties as Record<string, JsonSchema>).conversations;
  const item = (list?.items ?? {}) as JsonSchema;
  const fields = item.properties as Record<string, unknown>;
  const properties: Record<string, unknown> = {
    conversations: {
      type: "array",
      items: { type: "string" },
      minItems: 1,
      maxItems: 100,
      description: "IDs of the conversations; each gets the same changes.",
    },
  };
  for (const name of triageFields) if (fields[name]) properties[name] = fields[name];
  const dependent = Object.fromEntries(
    Object.entries((item.dependentRequired ?? {}) as Record<string, string[]>).filter(([name]) =>
      triageFields.includes(name),
    ),
  );
  const schema: JsonSchema = {
    type: "object",
    properties,
    required: ["conversations"],
    minProperties: 2,
    additionalProperties: false,
    dependentRequired: dependent,
  };
  // Only the shared definitions the picked fields still point at (color's is left behind).
  const defs = Object.entries((input.$defs ?? {}) as Record<string, unknown>).filter(([name]) =>
    JSON.stringify(properties).includes(`#/$defs/${name}"`),
  );
  if (defs.length > 0) schema.$defs = Object.fromEntries(defs);
  return {
    name: "triage_conversations",
    kind: "write",
    toolset: "conversations",
    sendFields: [],
    description:
      "Close, reopen, label, assign or move many conversations at once with one update (PATCH), not a post: nothing appears in the conversations, nobody is notified, and a closed conversation stays closed unless reopen: true. organization is required to label, assign or add users.",
    inputSchema: schema,
    outputSchema: operationOutput(update),
    annotations: annotationsFor("write", "patch"),
    async call(args, { client, signal }) {
      const { conversations, ...changes } = args as { conversations: string[] } & Record<
        string,
        unknown
      >;
      const ids = [...new Set(conversations)];
      const body = ids.map((id) => ({ id, ...changes }));
      const updated = await client.conversations.update(
        body as Parameters<typeof client.conversations.update>[0],
        { signal },
      );
      return success(
        { conversations: (updated ?? []) as unknown[] },
        `${ids.length} conversations updated (no post, nobody notified).`,
      );
    },
  };
}

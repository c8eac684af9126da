/**
 * One generated tool per operation: arguments split into path, query and payload as the
 * operation's input says, sent through the client's resource method (so its limiter, retries
 * and typed errors apply), the answer re-wrapped in its envelope as `structuredContent`.
 */
import type { MissiveClient } from "@missive-ts/client";
import { annotationsFor } from "./annotations.js";
import { decodeCursor } from "./cursor.js";
import { pageOf, pageQuery } from "./list-page.js";
import { continued, payloadOf, pick } from "./operation-args.js";
import { operationDescription } from "./operation-description.js";
import { operationInput } from "./operation-input.js";
import { operationOutput } from "./operation-output.js";
import { idsFromBody, type Operation, snakeCase } from "./operations.js";
import { type Policy, type ToolKind, toolsetOf } from "./policy.js";
import { success } from "./results.js";
import type { Tool } from "./tool.js";

/** GET reads; DELETE and merges cannot be undone; a custom-channel message goes out. */
export function operationKind({ meta }: Operation): ToolKind {
  if (meta.method === "get") return "read";
  if (meta.method === "delete" || meta.operationId.startsWith("merge")) return "destructive";
  if (meta.method === "post" && meta.tag === "Messages") return "send";
  return "write";
}

type Method = (...args: unknown[]) => Promise<unknown>;

function methodOf(client: MissiveClient, operation: Operation): Method {
  const namespace = (client as unknown as Record<string, Record<string, Method>>)[
    operation.entry.namespace
  ];
  const method = namespace?.[operation.entry.name];
  if (!method)
    throw new Error(`the client has no ${operation.entry.namespace}.${operation.entry.name}`);
  return method.bind(namespace);
}

export function operationTool(operation: Operation, policy: Policy): Tool {
  const name = snakeCase(operation.meta.operationId);
  const kind = operationKind(operation);
  const input = operationInput(operation, policy.allowSend);
  const sends = input.sendFields.length > 0 && policy.allowSend;
  const { entry } = operation;
  const tool: Tool = {
    name,
    kind,
    toolset: toolsetOf(operation.meta.tag),
    description: operationDescription(operation, input, kind, policy.allowSend),
    inputSchema: input.schema,
    outputSchema: operationOutput(operation),
    annotations: annotationsFor(sends && kind === "write" ? "send" : kind, operation.meta.method),
    sendFields: input.sendFields,
    async call(given, context) {
      const state = typeof given.cursor === "string" ? decodeCursor(given.cursor, name) : undefined;
      const args = state ? continued(tool, state.args, given) : given;
      const path = input.pathNames.map((param) => args[param]);
      const query = pick(args, input.queryNames);
      const payload = payloadOf(input, given);
      const method = methodOf(context.client, operation);
      const positional: unknown[] = idsFromBody(operation) ? [payload] : [...path];
      if (entry.request && !idsFromBody(operation)) positional.push(payload);
      const sent = entry.pagination ? pageQuery(operation, query, state) : query;
      if (entry.query) positional.push(sent);
      positional.push({ signal: context.signal });
      const result = await method(...positional);
      if (!entry.response) return success({ ok: true }, `${name}: done.`);
      const envelope = entry.response.envelope;
      if (!entry.pagination || envelope === null) {
        const structured =
          envelope === null ? ((result ?? {}) as Record<string, unknown>) : { [envelope]: result };
        return success(result === undefined ? {} : structured, `${name}: done.`);
      }
      const walk = { ...pick(args, input.pathNames), ...query };
      const page = pageOf(operation, name, walk, sent, (result ?? []) as unknown[], state);
      const structured: Record<string, unknown> = { [envelope]: page.items };
      if (page.next) structured.next_cursor = page.next;
      const more =
        (page.next ? "" : " (last page)") +
        (page.truncated ? "; items sharing one timestamp may be missing: narrow the filters" : "");
      return success(structured, `${page.items.length} ${envelope}${more}.`);
    },
  };
  return tool;
}

/**
 * A tool's `inputSchema` from its operation: path and query parameters, and the request
 * body's payload, never its envelope (the tool adds it). A list payload goes under its
 * resource's name (`contacts: [...]`); an object payload's fields sit beside the parameters.
 * A list tool takes an opaque `cursor` instead of `until`/`offset`.
 */
import type { ParameterMetadata } from "@missive-ts/schema";
import { type JsonSchema, oneLine, toolSchema } from "./json-schema.js";
import { idsFromBody, type Operation } from "./operations.js";
import { sendFields } from "./policy.js";
import { contentSchema, specOperation } from "./spec-access.js";

/** Query parameters the cursor replaces: the agent never computes them. */
export const cursorParams = new Set(["until", "offset"]);

export const cursorProperty: JsonSchema = {
  type: "string",
  description: "The previous call's next_cursor: the next page, with the same arguments.",
};

export interface OperationInput {
  schema: JsonSchema;
  /** Where each argument goes: `path`, `query`, or the body payload. */
  pathNames: string[];
  queryNames: string[];
  /** The payload's property (list payloads), `"fields"` (object payloads) or `null` (no body). */
  body: { list: string } | "fields" | null;
  /** Payload fields that send email (`send`, `send_at`). */
  sendFields: string[];
}

function parameterSchema(param: ParameterMetadata): JsonSchema {
  const schema: JsonSchema =
    param.type === "array"
      ? { type: "array", items: { type: "string" }, minItems: 1 }
      : { type: param.type };
  if (param.description) schema.description = oneLine(param.description);
  if (param.enum) schema.enum = [...param.enum];
  if (param.default !== undefined) schema.default = param.default;
  if (param.minimum !== undefined) schema.minimum = param.minimum;
  if (param.maximum !== undefined) schema.maximum = param.maximum;
  return schema;
}

export function operationInput(operation: Operation, allowSend: boolean): OperationInput {
  const { meta, entry } = operation;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const pathNames: string[] = [];
  const queryNames: string[] = [];
  const skipPath = idsFromBody(operation);
  for (const param of meta.params) {
    if (param.in === "header") continue;
    if (param.in === "path" && skipPath) continue;
    if (param.in === "query" && meta.pagination && cursorParams.has(param.name)) continue;
    properties[param.name] = parameterSchema(param);
    if (param.required) required.push(param.name);
    (param.in === "path" ? pathNames : queryNames).push(param.name);
  }
  if (meta.pagination) properties.cursor = cursorProperty;

  let body: OperationInput["body"] = null;
  const sends: string[] = [];
  let closed = false;
  let defs: unknown;
  if (entry.request) {
    const spec = specOperation(meta.method, meta.path);
    const whole = toolSchema(contentSchema(spec.requestBody), "input");
    defs = whole.$defs;
    const envelope = entry.request.envelope;
    const payload = (
      envelope === null ? whole : (whole.properties as Record<string, JsonSchema>)[envelope]
    ) as JsonSchema;
    if (entry.request.list) {
      const name = envelope ?? "items";
      properties[name] = payload;
      required.push(name);
      body = { list: name };
    } else {
      const fields = { ...(payload.properties as Record<string, unknown>) };
      for (const field of sendFields) {
        if (!(field in fields)) continue;
        sends.push(field);
        if (!allowSend) delete fields[field];
      }
      for (const [name, schema] of Object.entries(fields)) {
        if (name in properties) {
          throw new Error(`${meta.operationId}: body field "${name}" clashes with a parameter`);
        }
        properties[name] = schema;
      }
      required.push(...((payload.required as string[] | undefined) ?? []));
      closed = payload.additionalProperties === false;
      body = "fields";
    }
  }
  const schema: JsonSchema = { type: "object", properties };
  if (required.length > 0) schema.required = required;
  // A closed payload stays closed: a misspelt field is refused, not silently dropped.
  if (closed) schema.additionalProperties = false;
  if (defs) schema.$defs = defs;
  return { schema, pathNames, queryNames, body, sendFields: sends };
}

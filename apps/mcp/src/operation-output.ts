/**
 * A tool's `outputSchema`: the success answer's schema as the API sends it (envelope
 * included), plus `next_cursor` for lists. The top level requires nothing, so an empty
 * answer (a 201 without a body) still validates; inner objects keep their `required`.
 */
import { type JsonSchema, toolSchema } from "./json-schema.js";
import type { Operation } from "./operations.js";
import { shallow } from "./shallow-schema.js";
import { contentSchema, specOperation } from "./spec-access.js";

/** Envelope → item fields → fields of the objects an item holds; deeper: types only. */
const outputLevels = 2;

export const nextCursorProperty: JsonSchema = { type: "string" };

/** What a tool answers for an operation without a body (deletes). */
export const doneSchema: JsonSchema = {
  type: "object",
  properties: { ok: { type: "boolean" } },
  required: ["ok"],
};

export function operationOutput({ meta, entry }: Operation): JsonSchema {
  if (!entry.response) return doneSchema;
  const spec = specOperation(meta.method, meta.path);
  const success = (spec.responses as Record<string, unknown>)[String(entry.response.status)];
  const schema = shallow(toolSchema(contentSchema(success), "output"), outputLevels);
  const { required: _lenient, ...rest } = schema;
  const properties = { ...(rest.properties as Record<string, unknown>) };
  if (meta.pagination) properties.next_cursor = nextCursorProperty;
  return { ...rest, type: "object", properties };
}

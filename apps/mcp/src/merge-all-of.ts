/**
 * `allOf: [A, B]` written as one schema, for portable tool schemas: Gemini's function
 * declarations and OpenAI's strict mode read no `allOf`. The spec uses it to extend an object
 * (a conversation in a list is a conversation plus `last_activity_at`), so the branches'
 * `properties` and `required` lists join. A property two branches describe differently must
 * then match either (`anyOf`): looser, never stricter, so whatever the full schema accepts
 * still validates.
 */
import type { JsonSchema } from "./json-schema.js";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `schema` with its `allOf` (also nested in branches) merged in; `resolve` follows a `$ref`. */
export function mergeAllOf(
  schema: JsonSchema,
  resolve: (branch: JsonSchema) => JsonSchema,
): JsonSchema {
  const { allOf, ...own } = schema;
  if (!Array.isArray(allOf)) return schema;
  const merged: JsonSchema = { ...own };
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  // The schema's own keywords last: the base object's fields come first, as a reader expects.
  for (const branch of [...(allOf as JsonSchema[]).map(resolve), own]) {
    const flat = mergeAllOf(branch, resolve);
    for (const [name, sub] of Object.entries((flat.properties as JsonSchema | undefined) ?? {})) {
      const known = properties[name];
      properties[name] = known === undefined || same(known, sub) ? sub : { anyOf: [known, sub] };
    }
    for (const name of (flat.required as string[] | undefined) ?? []) required.add(name);
    for (const [key, value] of Object.entries(flat)) {
      if (key !== "properties" && key !== "required" && !(key in own)) merged[key] ??= value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

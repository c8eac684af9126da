/**
 * Output schemas cut to a depth: the envelope, the fields of each item and the fields of the
 * objects they hold keep their names and types; anything deeper keeps only its type. The
 * result itself carries every field (`structuredContent` is the API's answer as is); the
 * schema tells a model where to look, and costs tokens in every `tools/list`.
 */
import type { JsonSchema } from "./json-schema.js";

/** The JSON type of one `enum`/`const` value. */
function typeOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * The JSON types a schema allows, looking through `anyOf`/`oneOf`/`allOf`, and at the values
 * of an `enum` or `const` (json-schema.ts drops their `type`): a cut schema with no type at
 * all would accept anything, which the Inspector's `--strict` mode reports.
 */
function typesOf(schema: JsonSchema): string[] {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map(typeOfValue))];
  if ("const" in schema) return [typeOfValue(schema.const)];
  const options = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as JsonSchema[] | undefined;
  if (!options) return [];
  return [...new Set(options.flatMap(typesOf))];
}

export function shallow(schema: JsonSchema, levels: number): JsonSchema {
  if (levels <= 0) {
    const types = typesOf(schema);
    if (types.length === 0) return {};
    return { type: types.length === 1 ? types[0] : types };
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && value && typeof value === "object") {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, shallow(sub as JsonSchema, levels - 1)]),
      );
    } else if (key === "items" && value && typeof value === "object") {
      out[key] = shallow(value as JsonSchema, levels);
    } else if ((key === "anyOf" || key === "oneOf" || key === "allOf") && Array.isArray(value)) {
      out[key] = value.map((option) => shallow(option as JsonSchema, levels));
    } else out[key] = value;
  }
  return out;
}

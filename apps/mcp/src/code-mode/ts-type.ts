/**
 * A JSON Schema written as a TypeScript type, to a depth: deeper objects become `object`.
 * What `search_api` shows a model, which reads TypeScript more cheaply than JSON Schema.
 */
import type { JsonSchema } from "../json-schema.js";

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

export function tsType(
  schema: JsonSchema | undefined,
  depth: number,
  defs: JsonSchema = {},
): string {
  if (!schema || typeof schema !== "object") return "unknown";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    return depth <= 0 ? name : tsType(defs[name] as JsonSchema, depth, defs);
  }
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const options = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (options) return [...new Set(options.map((o) => tsType(o, depth, defs)))].join(" | ");
  if (Array.isArray(schema.allOf))
    return (schema.allOf as JsonSchema[]).map((o) => tsType(o, depth, defs)).join(" & ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  return types
    .map((type) => {
      if (type === "integer") return "number";
      if (type === "array") {
        const item = tsType(schema.items as JsonSchema, depth, defs);
        return /[|& ]/.test(item) && !item.startsWith("{") ? `(${item})[]` : `${item}[]`;
      }
      if (type === "object" || (type === undefined && schema.properties)) {
        const properties = schema.properties as Record<string, JsonSchema> | undefined;
        if (!properties || depth <= 0) return "object";
        const required = new Set((schema.required as string[] | undefined) ?? []);
        const fields = Object.entries(properties).map(
          ([name, sub]) =>
            `${key(name)}${required.has(name) ? "" : "?"}: ${tsType(sub, depth - 1, defs)}`,
        );
        return `{ ${fields.join("; ")} }`;
      }
      return type ?? "unknown";
    })
    .join(" | ");
}

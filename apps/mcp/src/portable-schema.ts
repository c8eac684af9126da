/**
 * Tool schemas every MCP host accepts (issue 22, point 12; output schemas since issue 23's
 * follow-up). Hosts hand `inputSchema` to their model's function-calling API, and those read a
 * subset of JSON Schema (a host that maps `outputSchema` the same way meets it too): Gemini's function
 * declarations take one `type` per schema (no `["string","null"]`), no `$ref`/`$defs`, no
 * `const`, no `oneOf`, no `additionalProperties`; OpenAI-style tools reject `oneOf` and
 * `dependentRequired` in strict mode. The Inspector's `--strict` mode flags type arrays.
 *
 * So `tools/list` advertises the same contract in that subset:
 * - `type: [X, "null"]` → `anyOf: [{type: X, …}, {type: "null"}]` (null stays sayable: on an
 *   update it clears a field);
 * - `oneOf` → `anyOf` (every `oneOf` here has branches told apart by a required key or a
 *   `const`, so none matches twice); `const: v` → `enum: [v]`;
 * - `$ref` to `#/$defs/…` is inlined; `allOf` branches are merged into one object
 *   (merge-all-of.ts);
 * - `dependentRequired`, `contentEncoding` and a map's value schema move into the
 *   description; `readOnly`, `minProperties`, `additionalProperties` and formats outside
 *   {date-time, int32, int64, float, double} go.
 * The server still validates arguments against the full schema (validate-args.ts), so what
 * was dropped is still checked, with an error that says what to fix. An output schema only
 * gets looser (`oneOf` → `anyOf`, merged `allOf`), so every answer still validates against it.
 */
import type { JsonSchema } from "./json-schema.js";
import { mergeAllOf } from "./merge-all-of.js";

/** Keywords kept as they are: what both Gemini's and OpenAI's schema subsets read. */
export const portableKeywords = new Set([
  "type",
  "description",
  "properties",
  "required",
  "items",
  "enum",
  "anyOf",
  "default",
  "format",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "pattern",
]);
export const portableFormats = new Set(["date-time", "int32", "int64", "float", "double"]);

const asSchema = (value: unknown) => value as JsonSchema;

function notesOf(source: JsonSchema): string[] {
  const notes: string[] = [];
  const dependent = source.dependentRequired as Record<string, string[]> | undefined;
  for (const [key, needs] of Object.entries(dependent ?? {})) {
    notes.push(`With ${key}, also give ${needs.join(" and ")}.`);
  }
  if (typeof source.contentEncoding === "string") notes.push(`${source.contentEncoding}-encoded.`);
  const values = source.additionalProperties;
  if (values && typeof values === "object" && typeof asSchema(values).type === "string") {
    notes.push(`An object of ${asSchema(values).type} values.`);
  }
  return notes;
}

/** `type: [X, "null"]` as single-type `anyOf` branches; the other keywords go to X's branch. */
function splitTypes(out: JsonSchema): JsonSchema {
  const { type, description, default: fallback, ...rest } = out;
  const types = type as string[];
  const branches = types.map((one) => (one === "null" ? { type: one } : { type: one, ...rest }));
  return {
    ...(description === undefined ? {} : { description }),
    ...(fallback === undefined ? {} : { default: fallback }),
    anyOf: branches,
  };
}

function inline(source: JsonSchema, defs: Record<string, unknown>): JsonSchema {
  if (typeof source.$ref !== "string" || !source.$ref.startsWith("#/$defs/")) return source;
  const { $ref, ...siblings } = source;
  return { ...asSchema(defs[$ref.slice("#/$defs/".length)]), ...siblings };
}

function convert(node: unknown, defs: Record<string, unknown>, depth: number): unknown {
  if (depth > 60) throw new Error("a tool schema nests too deep to inline its $defs");
  if (Array.isArray(node)) return node.map((item) => convert(item, defs, depth + 1));
  if (node === null || typeof node !== "object") return node;
  const source = mergeAllOf(inline(asSchema(node), defs), (branch) => inline(branch, defs));
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(asSchema(value)).map(([name, sub]) => [name, convert(sub, defs, depth + 1)]),
      );
    } else if (key === "items") out.items = convert(value, defs, depth + 1);
    else if (key === "anyOf" || key === "oneOf") out.anyOf = convert(value, defs, depth + 1);
    else if (key === "const") out.enum = [value];
    else if (key === "format") {
      if (portableFormats.has(String(value))) out.format = value;
    } else if (portableKeywords.has(key)) out[key] = value;
  }
  const notes = notesOf(source);
  if (notes.length > 0) {
    out.description = [out.description, ...notes].filter((part) => part !== undefined).join(" ");
  }
  return Array.isArray(out.type) ? splitTypes(out) : out;
}

/** The same input or output schema in the subset every host accepts (see above). */
export function portableSchema(schema: JsonSchema): JsonSchema {
  return convert(schema, asSchema(schema.$defs ?? {}), 0) as JsonSchema;
}

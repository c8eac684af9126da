/**
 * JSON Schemas of the bundled spec as self-contained tool schemas, trimmed to what a model
 * needs without dropping a fact about the data:
 * - `$ref`s are resolved; a component used more than once in one schema is written once under
 *   `$defs` (with its spec name) and referenced, instead of being copied;
 * - examples, vendor extensions and repeated whitespace go;
 * - `X | null` written as `oneOf: [X, {type: null}]` becomes a `type` list where X is a plain type;
 * - `type` goes where `const` or `enum` already says it;
 * - output schemas also lose descriptions and validation-only keywords (`format`, bounds,
 *   `pattern`): a model reads a result, it does not write it.
 */
import { component, refPrefix } from "./spec-access.js";

export type JsonSchema = { [key: string]: unknown };

/** Keys that carry nothing a model needs to call a tool or read its result. */
// `discriminator` is OpenAPI's, and its mapping points into the spec: each variant's `const`
// already says which `kind` selects it.
const noise = new Set(["example", "examples", "$comment", "deprecated", "title", "discriminator"]);
/** Keys that only validate values: kept in input schemas, dropped from output schemas. */
const validationOnly = new Set([
  "format",
  "pattern",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "additionalProperties",
  "readOnly",
]);
/** A shared component smaller than this is cheaper copied than referenced. */
const minSharedBytes = 120;

export type SchemaUse = "input" | "output";

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** How often each component is reached from `schema` (a component's own refs count once). */
function countRefs(schema: unknown, counts: Map<string, number>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) countRefs(item, counts);
    return;
  }
  if (schema === null || typeof schema !== "object") return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") {
      counts.set(value, (counts.get(value) ?? 0) + 1);
      if (counts.get(value) === 1) countRefs(component(value), counts);
    } else countRefs(value, counts);
  }
}

/** `oneOf: [X, {type: "null"}]` → X with `"null"` added to its `type`, when X has a plain type. */
function nullable(schema: JsonSchema): JsonSchema {
  const options = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(options) || options.length !== 2) return schema;
  const isNull = (option: JsonSchema) => option.type === "null" && Object.keys(option).length === 1;
  const other = (options as JsonSchema[]).find((option) => !isNull(option));
  if (!other || !(options as JsonSchema[]).some(isNull) || typeof other.type !== "string")
    return schema;
  const { oneOf: _o, anyOf: _a, ...rest } = schema;
  return { ...other, ...rest, type: [other.type, "null"] };
}

class Inliner {
  readonly defs: Record<string, unknown> = {};
  constructor(
    private readonly use: SchemaUse,
    private readonly shared: Set<string>,
  ) {}

  walk(schema: unknown, depth: number): unknown {
    if (depth > 40) throw new Error("spec schema nests too deep (a $ref cycle?)");
    if (Array.isArray(schema)) return schema.map((item) => this.walk(item, depth + 1));
    if (schema === null || typeof schema !== "object") return schema;
    const source = schema as JsonSchema;
    if (typeof source.$ref === "string") {
      const { $ref, ...siblings } = source;
      if (this.shared.has($ref)) {
        const name = $ref.slice(refPrefix.length);
        if (!(name in this.defs)) {
          this.defs[name] = {}; // reserve first: a component reached again inside itself
          this.defs[name] = this.walk(component($ref), depth + 1);
        }
        return { $ref: `#/$defs/${name}`, ...(this.walk(siblings, depth + 1) as JsonSchema) };
      }
      return this.walk({ ...component($ref), ...siblings }, depth + 1);
    }
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(source)) {
      if (noise.has(key) || key.startsWith("x-")) continue;
      if (this.use === "output" && validationOnly.has(key)) continue;
      if (key === "description") {
        if (this.use === "input" && typeof value === "string") out[key] = oneLine(value);
        continue;
      }
      // `properties` maps names to schemas: its keys are names, never keywords to drop.
      out[key] =
        key === "properties" && value && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value).map(([name, sub]) => [name, this.walk(sub, depth + 1)]),
            )
          : this.walk(value, depth + 1);
    }
    // `const` and `enum` already say the type (every spec enum is one of strings).
    if (typeof out.type === "string" && ("const" in out || "enum" in out)) delete out.type;
    return nullable(out);
  }
}

/** A spec schema as a standalone tool schema (its shared components under `$defs`). */
export function toolSchema(schema: unknown, use: SchemaUse): JsonSchema {
  const counts = new Map<string, number>();
  // Output schemas are cut to a fixed depth (see operation-output.ts): nothing left to share.
  if (use === "input") countRefs(schema, counts);
  const shared = new Set(
    [...counts]
      .filter(
        ([ref, count]) => count > 1 && JSON.stringify(component(ref)).length >= minSharedBytes,
      )
      .map(([ref]) => ref),
  );
  const inliner = new Inliner(use, shared);
  const out = inliner.walk(schema, 0) as JsonSchema;
  return Object.keys(inliner.defs).length > 0 ? { ...out, $defs: inliner.defs } : out;
}

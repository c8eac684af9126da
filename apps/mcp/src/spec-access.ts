/** The bundled spec of `@missive-ts/schema`: its operations and its components. */
import { createRequire } from "node:module";
import type { JsonSchema } from "./json-schema.js";

interface Spec {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema> };
}

// createRequire rather than a JSON import: Node 20 prints an experimental warning for those.
const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Spec;

export const refPrefix = "#/components/schemas/";

/** A component schema by its `$ref`. */
export function component(ref: string): JsonSchema {
  const target = ref.startsWith(refPrefix)
    ? spec.components.schemas[ref.slice(refPrefix.length)]
    : null;
  if (!target) throw new Error(`unresolvable $ref ${ref} in the bundled spec`);
  return target;
}

/** The operation object of the bundled spec (description, request and response schemas). */
export function specOperation(method: string, path: string): Record<string, unknown> {
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the bundled spec`);
  return operation;
}

/** The JSON schema of a request body or of the success response, `$ref`s unresolved. */
export function contentSchema(holder: unknown): unknown {
  const content = (holder as { content?: Record<string, { schema?: unknown }> } | undefined)
    ?.content;
  return content?.["application/json"]?.schema;
}

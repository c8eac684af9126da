/**
 * The bundled spec's schemas, walked: an operation's request or success-response body, and the
 * properties of an object schema through `$ref`, `allOf`, `oneOf` and `anyOf`. The CSV columns
 * of a list and the body fields that take the default organization both read it.
 */
import { createRequire } from "node:module";

export interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  dependentRequired?: Record<string, string[]>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Body {
  content?: Record<string, { schema?: Schema }>;
}

interface Operation {
  operationId?: string;
  requestBody?: Body;
  responses?: Record<string, Body>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

let loaded: Spec | undefined;
const spec = () => {
  loaded ??= createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Spec;
  return loaded;
};

function resolveSchema(schema: Schema | undefined): Schema | undefined {
  let at = schema;
  for (let hops = 0; at?.$ref && hops < 20; hops++) {
    at = spec().components.schemas[at.$ref.replace("#/components/schemas/", "")];
  }
  return at;
}

/** Every property of an object schema, through `allOf`/`oneOf`/`anyOf`, in order. */
export function schemaProperties(schema: Schema | undefined): [string, Schema][] {
  const at = resolveSchema(schema);
  if (!at) return [];
  const own = Object.entries(at.properties ?? {}).map(
    ([name, s]) => [name, resolveSchema(s) ?? s] as [string, Schema],
  );
  const parts = [...(at.allOf ?? []), ...(at.oneOf ?? []), ...(at.anyOf ?? [])];
  return [...own, ...parts.flatMap((part) => schemaProperties(part))];
}

/**
 * The schema of one item of an operation's body: under `envelope` (`{"contacts": [item]}`),
 * the array's items or the object itself. `request` for what is sent, `response` for the 2xx.
 */
export function itemSchema(
  operationId: string,
  side: "request" | "response",
  envelope: string | null,
): Schema | undefined {
  for (const item of Object.values(spec().paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      const body =
        side === "request"
          ? operation.requestBody
          : Object.entries(operation.responses ?? {}).find(([status]) => /^2/.test(status))?.[1];
      const schema = body?.content?.["application/json"]?.schema;
      const wrapped = envelope
        ? schemaProperties(schema).find(([name]) => name === envelope)?.[1]
        : resolveSchema(schema);
      const at = resolveSchema(wrapped);
      return at?.type === "array" || at?.items ? resolveSchema(at.items) : at;
    }
  }
  return undefined;
}

/**
 * The columns of a CSV export, from the bundled spec's schema of the list's items: every
 * property the API documents, `id` first, in the spec's order. Taken from the first item, a
 * contact without `infos` would drop every later contact's `infos` without a word.
 */
import { createRequire } from "node:module";

interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Response {
  content?: Record<string, { schema?: Schema }>;
}

interface Spec {
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Record<string, Response> }>
  >;
  components: { schemas: Record<string, Schema> };
}

const spec = () => createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Spec;

function resolve(schema: Schema | undefined, all: Spec): Schema | undefined {
  let at = schema;
  for (let hops = 0; at?.$ref && hops < 20; hops++) {
    at = all.components.schemas[at.$ref.replace("#/components/schemas/", "")];
  }
  return at;
}

/** Every property of an object schema, through `allOf`/`oneOf`/`anyOf`, in order. */
function properties(schema: Schema | undefined, all: Spec): [string, Schema][] {
  const at = resolve(schema, all);
  if (!at) return [];
  const own = Object.entries(at.properties ?? {}).map(
    ([name, s]) => [name, resolve(s, all) ?? s] as [string, Schema],
  );
  const parts = [...(at.allOf ?? []), ...(at.oneOf ?? []), ...(at.anyOf ?? [])];
  return [...own, ...parts.flatMap((part) => properties(part, all))];
}

/** A list column: its name, and whether it holds a time in Unix seconds. */
export interface ListColumn {
  readonly name: string;
  readonly time: boolean;
}

/**
 * The item columns of a list operation (`listContacts` → id, contact_book, …, infos,
 * memberships), or `[]` when the spec does not describe its items.
 */
export function listColumns(operationId: string, envelope: string | null): ListColumn[] {
  const all = spec();
  for (const item of Object.values(all.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      const ok = Object.entries(operation.responses ?? {}).find(([status]) => /^2/.test(status));
      const body = ok?.[1].content?.["application/json"]?.schema;
      const list = envelope
        ? properties(body, all).find(([name]) => name === envelope)?.[1]
        : resolve(body, all);
      const seen = new Set<string>();
      const columns: ListColumn[] = [];
      for (const [name, schema] of properties(resolve(list, all)?.items, all)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const integer = schema.type === "integer" || schema.type?.includes?.("integer") === true;
        columns.push({
          name,
          time:
            integer === true && (name.endsWith("_at") || /unix/i.test(schema.description ?? "")),
        });
      }
      const id = columns.findIndex((c) => c.name === "id");
      if (id > 0) columns.unshift(...columns.splice(id, 1));
      return columns;
    }
  }
  return [];
}

/** Unix seconds as an ISO 8601 time (`--time iso`); anything else as is. */
export const isoTime = (value: unknown): unknown =>
  typeof value === "number" && Number.isFinite(value)
    ? new Date(value * 1000).toISOString().replace(".000Z", "Z")
    : value;

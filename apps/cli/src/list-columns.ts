/**
 * The columns of a CSV export, from the bundled spec's schema of the list's items: every
 * property the API documents, `id` first, in the spec's order. Taken from the first item, a
 * contact without `infos` would drop every later contact's `infos` without a word.
 */
import { itemSchema, schemaProperties } from "./spec-schema.js";

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
  const seen = new Set<string>();
  const columns: ListColumn[] = [];
  for (const [name, schema] of schemaProperties(itemSchema(operationId, "response", envelope))) {
    if (seen.has(name)) continue;
    seen.add(name);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const integer = types.includes("integer");
    const unix = name.endsWith("_at") || /unix/i.test(schema.description ?? "");
    columns.push({ name, time: integer && unix });
  }
  const id = columns.findIndex((c) => c.name === "id");
  if (id > 0) columns.unshift(...columns.splice(id, 1));
  return columns;
}

/** Unix seconds as an ISO 8601 time (`--time iso`); anything else as is. */
export const isoTime = (value: unknown): unknown =>
  typeof value === "number" && Number.isFinite(value)
    ? new Date(value * 1000).toISOString().replace(".000Z", "Z")
    : value;

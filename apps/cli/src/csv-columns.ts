/**
 * What `export` writes per item: the spec's columns for the list (`list-columns.ts`), nested
 * values as JSON in their cell (`csv.ts`), and `--time iso` times. A field outside the header
 * (one the spec does not document, after the header was written) is counted and named on
 * stderr at the end, never dropped in silence.
 */
import type { GeneratedCommand } from "./command-table.js";
import { UsageError } from "./errors.js";
import { isoTime, listColumns } from "./list-columns.js";
import { pick } from "./output.js";

type Item = Record<string, unknown>;

export interface CsvColumns {
  /** The header of a CSV export without `--fields`: the spec's columns, then the first item's others. */
  header(first: Item): string[];
  /** The item with its top-level times as ISO 8601 under `--time iso`, else as is. */
  timed(item: Item): Item;
  /** Fields seen outside the header, with how many items had them. */
  readonly outside: Map<string, number>;
}

/** `--time unix|iso` checked, and the columns of `command`'s list. */
export function csvColumns(
  command: GeneratedCommand,
  time: string | undefined,
  explicitFields: boolean,
): CsvColumns & { explicitFields: boolean } {
  if (time !== undefined && time !== "unix" && time !== "iso") {
    throw new UsageError(`--time must be unix (the default) or iso, got "${time}".`);
  }
  const columns = listColumns(command.operationId, command.operation.response?.envelope ?? null);
  const times = new Set(columns.filter((c) => c.time).map((c) => c.name));
  return {
    explicitFields,
    outside: new Map(),
    header(first) {
      const names = columns.map((c) => c.name);
      return [...names, ...Object.keys(first).filter((k) => !names.includes(k))];
    },
    timed(item) {
      if (time !== "iso" || typeof item !== "object" || item === null) return item;
      const out: Item = { ...item };
      for (const key of times) if (key in out) out[key] = isoTime(out[key]);
      return out;
    },
  };
}

/** The cells of one item under `header`; fields left out are counted (not with `--fields`). */
export function csvRow(
  columns: CsvColumns & { explicitFields: boolean },
  header: readonly string[],
  item: Item,
): unknown[] {
  if (!columns.explicitFields && typeof item === "object" && item !== null) {
    for (const key of Object.keys(item)) {
      if (!header.includes(key)) columns.outside.set(key, (columns.outside.get(key) ?? 0) + 1);
    }
  }
  const picked = pick(columns.timed(item), header) as Item;
  return header.map((h) => picked[h]);
}

/** The stderr warning for fields that had no column, or `undefined` when none. */
export function outsideWarning(columns: CsvColumns, what: string): string | undefined {
  if (columns.outside.size === 0) return undefined;
  const list = [...columns.outside].map(([key, n]) => `${key} (${n})`).join(", ");
  return `warning: some ${what} had fields with no CSV column, left out: ${list}. Export with --format ndjson to keep every field, or name them with --fields.\n`;
}

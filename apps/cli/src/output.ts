import type { CliIo } from "./io.js";
import { commaList } from "./parse.js";
import { forTerminal } from "./terminal-text.js";

type Json = Record<string, unknown>;

export interface OutputOptions {
  /** JSON instead of a table: `--json`, or stdout is not a terminal. */
  json: boolean;
  /** `--fields id,subject`: keep only these (dotted paths allowed). */
  fields: string[];
}

/** From `--json` and `--fields` (repeatable, comma-separated). */
export function outputOptions(
  options: { readonly json?: boolean | undefined; readonly fields: readonly string[] },
  io: CliIo,
): OutputOptions {
  return {
    json: options.json === true || io.stdout.isTTY !== true,
    fields: commaList(options.fields),
  };
}

function get(item: unknown, path: string): unknown {
  let at = item;
  for (const key of path.split(".")) at = (at as Json | null | undefined)?.[key];
  return at;
}

/**
 * What a table cell shows. A conversation's `subject` is null until someone renames it: the
 * table falls back to `latest_message_subject`, as the MCP summary does (JSON keeps the null).
 */
function shown(item: unknown, column: string): unknown {
  const value = get(item, column);
  if (column === "subject" && (value === null || value === undefined || value === "")) {
    return get(item, "latest_message_subject") ?? value;
  }
  return value;
}

/** Keeps only the `--fields` of an item (all of it without `--fields`). */
export function pick(item: unknown, fields: readonly string[]): unknown {
  if (fields.length === 0 || typeof item !== "object" || item === null) return item;
  return Object.fromEntries(fields.map((f) => [f, get(item, f) ?? null]));
}

const PREFERRED = [
  "subject",
  "name",
  "title",
  "email",
  "first_name",
  "last_name",
  "state",
  "type",
  "messages_count",
  "last_activity_at",
  "delivered_at",
  "created_at",
];

/** Columns of a table: `--fields`, else `id` and up to four well-known scalar fields. */
function columnsOf(items: readonly unknown[], fields: readonly string[]): string[] {
  if (fields.length > 0) return [...fields];
  const first = items.find((i) => typeof i === "object" && i !== null) as Json | undefined;
  if (!first) return [];
  const scalar = (k: string) => first[k] === null || typeof first[k] !== "object";
  // A conversation with only `latest_message_subject` still gets its SUBJECT column.
  const has = (k: string) => k in first || (k === "subject" && "latest_message_subject" in first);
  const keys = PREFERRED.filter((k) => has(k) && scalar(k)).slice(0, 4);
  const rest = Object.keys(first).filter(
    (k) => k !== "id" && k !== "latest_message_subject" && scalar(k) && !keys.includes(k),
  );
  const chosen = keys.length > 0 ? keys : rest.slice(0, 4);
  return "id" in first ? ["id", ...chosen] : chosen;
}

function cell(key: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" && key.endsWith("_at") && value > 1e8) {
    return new Date(value * 1000).toISOString().slice(0, 16).replace("T", " ");
  }
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const line = forTerminal(text.replace(/\s+/g, " "));
  return line.length > 48 ? `${line.slice(0, 47)}…` : line;
}

/** Simple aligned columns, for a person at a terminal. */
export function table(items: readonly unknown[], fields: readonly string[]): string {
  const columns = columnsOf(items, fields);
  if (columns.length === 0) return `${items.map((i) => cell("", i)).join("\n")}\n`;
  const rows = items.map((item) => columns.map((c) => cell(c, shown(item, c))));
  const header = columns.map((c) => forTerminal(c.toUpperCase()));
  const widths = columns.map((_, i) =>
    Math.max(header[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** Prints a command's result: pretty JSON when piped or with `--json`, a table on a terminal. */
export function printResult(value: unknown, options: OutputOptions, io: CliIo): void {
  if (value === undefined || value === null) {
    if (io.stderr.isTTY) io.stderr.write("Done.\n");
    return;
  }
  const selected = Array.isArray(value)
    ? value.map((v) => pick(v, options.fields))
    : pick(value, options.fields);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(selected, null, 2)}\n`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) io.stderr.write("No results.\n");
    else io.stdout.write(table(value, options.fields));
    return;
  }
  if (typeof selected === "object" && selected !== null) {
    const entries = Object.entries(selected as Json);
    const width = Math.max(...entries.map(([k]) => k.length));
    io.stdout.write(
      `${entries.map(([k, v]) => `${forTerminal(k).padEnd(width)}  ${cell(k, v)}`.trimEnd()).join("\n")}\n`,
    );
    return;
  }
  io.stdout.write(`${forTerminal(String(selected))}\n`);
}

/** One JSON object per line (`--all`, `export`). */
export function ndjsonLine(item: unknown, fields: readonly string[]): string {
  return `${JSON.stringify(pick(item, fields))}\n`;
}

/**
 * A one-line confirmation after a write (`✓ Closed 2 conversations`), on stderr and only for a
 * person at a terminal, as `gh` does: scripts read stdout, which stays the API's answer.
 */
export function confirm(io: CliIo, text: string): void {
  if (io.stderr.isTTY === true) io.stderr.write(`✓ ${forTerminal(text)}\n`);
}

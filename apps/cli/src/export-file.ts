import { existsSync, openSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { parseCsv, unneutralise } from "./csv.js";
import { UsageError } from "./errors.js";

/** What `<output>.state.json` remembers between an interrupted run and the next one. */
export interface ExportState {
  resource: string;
  format: "ndjson" | "csv";
  /** `--csv-raw`: cells that start like a formula were written as is. */
  csvRaw?: boolean;
  query: Record<string, unknown>;
  fields: string[];
  complete: false;
}

const statePathOf = (file: string) => `${file}.state.json`;

/** Ids already in an output file, after cutting a last line left half-written by a crash. */
function readExisting(file: string, state: ExportState) {
  let text = readFileSync(file, "utf8");
  const end = text.lastIndexOf("\n") + 1;
  if (end < text.length) {
    truncateSync(file, Buffer.byteLength(text.slice(0, end)));
    text = text.slice(0, end);
  }
  const ids = new Set<string>();
  let header: string[] | undefined;
  if (state.format === "ndjson") {
    for (const line of text.split("\n")) {
      if (line.trim()) ids.add(String((JSON.parse(line) as { id?: unknown }).id));
    }
  } else if (text.length > 0) {
    const [head, ...rows] = parseCsv(text);
    header = head ?? state.fields;
    const at = header.indexOf("id");
    const id = (cell: string) => (state.csvRaw ? cell : unneutralise(cell));
    if (at >= 0) for (const row of rows) if (row[at] !== undefined) ids.add(id(row[at] as string));
  }
  return { ids, header };
}

/**
 * Opens the output of `export` for appending. A file left by an interrupted run of the same
 * export (its state file says so) is resumed: the ids it holds are returned, to be skipped.
 * A complete file (no state file) is only overwritten with `--force`.
 */
export async function openExportFile(options: {
  file: string;
  label: string;
  state: ExportState;
  force: boolean;
}): Promise<{ fd: number; seen: Set<string>; header: string[] | undefined; fields: string[] }> {
  const { file, label, force } = options;
  let next = options.state;
  const statePath = statePathOf(file);
  const previous = existsSync(statePath)
    ? (JSON.parse(readFileSync(statePath, "utf8")) as ExportState)
    : undefined;
  let seen = new Set<string>();
  let header: string[] | undefined;
  if (existsSync(file) && !force) {
    if (!previous) {
      throw new UsageError(
        `${label} exists and holds a complete export: pass --force to overwrite it, or choose another --output.`,
      );
    }
    const same =
      previous.resource === next.resource &&
      previous.format === next.format &&
      (previous.csvRaw ?? false) === (next.csvRaw ?? false) &&
      JSON.stringify(previous.query) === JSON.stringify(next.query);
    if (!same) {
      throw new UsageError(
        `${label} holds an interrupted export of something else (${previous.resource}, ${previous.format}): rerun that command, or pass --force to start over.`,
      );
    }
    next = { ...next, fields: previous.fields };
    ({ ids: seen, header } = readExisting(file, previous));
  } else if (existsSync(file)) rmSync(file);
  await writeFile(statePath, `${JSON.stringify(next)}\n`);
  return { fd: openSync(file, "a", 0o644), seen, header, fields: next.fields };
}

/** The export is complete: forget its state. */
export function finishExportFile(file: string): void {
  rmSync(statePathOf(file), { force: true });
}

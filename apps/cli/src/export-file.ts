import {
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { dirname } from "node:path";
import { parseCsv, unneutralise } from "./csv.js";
import { UsageError } from "./errors.js";

/** What `<output>.state.json` remembers between an interrupted run and the next one. */
export interface ExportState {
  resource: string;
  format: "ndjson" | "csv";
  /** `--csv-raw`: cells that start like a formula were written as is. */
  csvRaw?: boolean;
  /** `--time iso`: times were written as ISO 8601, so the rest must be too. */
  time?: "iso";
  query: Record<string, unknown>;
  fields: string[];
  complete: false;
}

const statePathOf = (file: string) => `${file}.state.json`;

/** Ids already in an output file, up to its last whole line (a crash may cut the last one). */
function readExisting(file: string, state: ExportState) {
  const whole = readFileSync(file, "utf8");
  const text = whole.slice(0, whole.lastIndexOf("\n") + 1);
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
  return { ids, header, length: Buffer.byteLength(text) };
}

/** The state file of an interrupted run; a file that cannot be read as one says how to recover. */
function readState(statePath: string): ExportState | undefined {
  if (!existsSync(statePath)) return undefined;
  let state: Partial<ExportState> | undefined;
  try {
    state = JSON.parse(readFileSync(statePath, "utf8")) as Partial<ExportState>;
  } catch {
    // Empty or cut short: handled below with the same message.
  }
  if (typeof state?.resource !== "string" || !Array.isArray(state.fields)) {
    throw new UsageError(
      `${statePath} is not a readable export state (empty or damaged, e.g. by a crash): pass --force to start the export over, or delete that file.`,
    );
  }
  return state as ExportState;
}

/** Writes the state next to the output through a temporary file: a crash leaves the old or the new one. */
function writeState(statePath: string, state: ExportState): void {
  const temp = `${statePath}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state)}\n`);
  renameSync(temp, statePath);
}

/** An export file, checked and read but not yet touched: `open()` creates or resumes it. */
export interface PreparedExportFile {
  /** Ids already in the file (an interrupted run of the same export): to skip. */
  seen: Set<string>;
  header: string[] | undefined;
  fields: string[];
  /** Creates (or truncates to its last whole line) the file and its state; the append fd. */
  open(): number;
}

/**
 * Checks where `export` will write, without creating or changing anything: nothing is written
 * before the first page has arrived (a missing token or a refused request leaves no file).
 * A file left by an interrupted run of the same export (its state file says so) is resumed;
 * a complete file (no state file) is only overwritten with `--force`, which also starts over
 * whatever state file is there.
 */
export function prepareExportFile(options: {
  file: string;
  label: string;
  state: ExportState;
  force: boolean;
}): PreparedExportFile {
  const { file, label, force } = options;
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      `--output ${label}: the directory ${dirname(label)} does not exist; create it, or choose another --output.`,
    );
  }
  const statePath = statePathOf(file);
  let next = options.state;
  let seen = new Set<string>();
  let header: string[] | undefined;
  let keep: number | undefined;
  if (existsSync(file) && !force) {
    const previous = readState(statePath);
    if (!previous) {
      throw new UsageError(
        `${label} exists and holds a complete export: pass --force to overwrite it, or choose another --output.`,
      );
    }
    const same =
      previous.resource === next.resource &&
      previous.format === next.format &&
      (previous.csvRaw ?? false) === (next.csvRaw ?? false) &&
      previous.time === next.time &&
      JSON.stringify(previous.query) === JSON.stringify(next.query);
    if (!same) {
      throw new UsageError(
        `${label} holds an interrupted export of something else (${previous.resource}, ${previous.format}): rerun that command, or pass --force to start over.`,
      );
    }
    next = { ...next, fields: previous.fields };
    let existing: ReturnType<typeof readExisting>;
    try {
      existing = readExisting(file, previous);
    } catch {
      throw new UsageError(
        `${label} cannot be read back as ${previous.format} to resume it: pass --force to start the export over.`,
      );
    }
    ({ ids: seen, header } = existing);
    keep = existing.length;
  }
  return {
    seen,
    header,
    fields: next.fields,
    open() {
      if (keep === undefined) rmSync(file, { force: true });
      else truncateSync(file, keep);
      writeState(statePath, next);
      return openSync(file, "a", 0o644);
    },
  };
}

/** The export is complete: forget its state. */
export function finishExportFile(file: string): void {
  rmSync(statePathOf(file), { force: true });
}

/**
 * The docs' parameter tables: `| Name \* required | (Default |) Description | (Example) |`,
 * a name in backticks, `\*` after it (or **Required.** in the description) when required, and
 * sometimes a qualifier after the name (`` `from_field` SMS & WhatsApp ``).
 */

export interface TableRow {
  name: string;
  /** What follows the name in its cell: a channel, or nothing. */
  qualifier: string;
  required: boolean;
  description: string;
  /** The Example column, when the table has one. */
  example: string;
  line: number;
}

export interface ParsedTable {
  rows: TableRow[];
  /** Rows whose name cell is not a backticked name (reported as unreadable). */
  unreadable: { line: number; text: string }[];
}

/** The table's header names its first column `Name`. */
export function isParameterTable(rows: readonly string[][]): boolean {
  return /^Name\b/i.test(rows[0]?.[0] ?? "");
}

const unescapeMarkdown = (text: string) => text.replace(/\\([_*`])/g, "$1");

export function parseParameterTable(rows: readonly string[][], tableLine: number): ParsedTable {
  const header = (rows[0] ?? []).map((cell) => cell.toLowerCase());
  const column = (name: string) => header.findIndex((cell) => cell.startsWith(name));
  const descriptionAt = column("description");
  const exampleAt = column("example");
  const parsed: ParsedTable = { rows: [], unreadable: [] };
  rows.slice(1).forEach((cells, index) => {
    // Header, then the `| --- |` line the block splitter dropped, then the rows.
    const line = tableLine + index + 2;
    const nameCell = cells[0] ?? "";
    const others = cells.slice(1).filter((cell) => cell !== "");
    // "Exclusive to `new_comment`:" rows label the rows below them and describe nothing.
    if (others.length === 0 && /:\s*$/.test(nameCell)) return;
    const named = /^`([^`]+)`\s*(\\\*|\*)?\s*(.*)$/.exec(nameCell);
    if (!named) {
      parsed.unreadable.push({ line, text: cells.join(" | ") });
      return;
    }
    const description = cells[descriptionAt] ?? "";
    parsed.rows.push({
      name: unescapeMarkdown(named[1] ?? "").trim(),
      qualifier: (named[3] ?? "").trim(),
      required: named[2] !== undefined || /\*\*Required\.?\*\*/.test(description),
      description,
      example: exampleAt >= 0 ? (cells[exampleAt] ?? "") : "",
      line,
    });
  });
  return parsed;
}

/**
 * A usage table ("To do this | Use these parameters") names body fields with example values:
 * `` `add_to_team_inbox: true` and `team: "team-id"` `` → `{add_to_team_inbox: true, team: …}`.
 */
export function usageTableKeys(rows: readonly string[][]): Record<string, unknown> | undefined {
  const at = (rows[0] ?? []).findIndex((cell) => /parameters?/i.test(cell));
  if (at < 0) return undefined;
  const keys: Record<string, unknown> = {};
  for (const cells of rows.slice(1)) {
    for (const match of (cells[at] ?? "").matchAll(/`([a-z_]+):\s*([^`]*)`/g)) {
      keys[match[1] ?? ""] = match[2];
    }
  }
  return Object.keys(keys).length > 0 ? keys : undefined;
}

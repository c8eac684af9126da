/**
 * Characters that make a spreadsheet read a cell as a formula (CWE-1236, OWASP "CSV Injection"):
 * a cell that starts with one of them runs as a formula when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A text that
 * starts like a formula is neutralised the OWASP way, with a leading `'` and quotes (numbers
 * stay numbers: `-5` is no formula); `raw` writes it as is.
 */
export function csvCell(value: unknown, raw = false): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (!raw && typeof value === "string" && FORMULA_START.test(text)) {
    return `"'${text.replace(/"/g, '""')}"`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly unknown[], raw = false) =>
  `${cells.map((cell) => csvCell(cell, raw)).join(",")}\n`;

/** A cell as `csvCell` wrote it, back to its text: the `'` of a neutralised formula removed. */
export const unneutralise = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

/** Parses CSV text into records (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(cell);
      cell = "";
    } else if (ch === "\n") {
      record.push(cell.replace(/\r$/, ""));
      records.push(record);
      record = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || record.length > 0) records.push([...record, cell]);
  return records;
}

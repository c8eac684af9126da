/**
 * Where a column of rewritten code was in the code before the rewrite. catch-guard.ts inserts
 * text without adding lines, so lines stay; columns after an insertion move right on that
 * line. An error the agent reads must point at what it wrote, so its column is mapped back.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** 1-based line and column of the rewritten code → 1-based column in the original. */
export type ColumnOf = (line: number, column: number) => number;

export const sameColumn: ColumnOf = (_line, column) => column;

export function columnMap(code: string, edits: readonly Edit[]): ColumnOf {
  const lineStarts = [0];
  for (let i = code.indexOf("\n"); i !== -1; i = code.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const byLine = new Map<number, { column: number; removed: number; added: number }[]>();
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    // An edit across lines (a destructured catch parameter written on several lines) keeps
    // the line count but not a column map: such lines keep the rewritten columns.
    if (edit.text.includes("\n") || code.slice(edit.start, edit.end).includes("\n")) continue;
    let line = lineStarts.findIndex((start) => start > edit.start);
    if (line === -1) line = lineStarts.length;
    const column = edit.start - (lineStarts[line - 1] ?? 0);
    const list = byLine.get(line) ?? [];
    list.push({ column, removed: edit.end - edit.start, added: edit.text.length });
    byLine.set(line, list);
  }
  return (line, column) => {
    const at = column - 1;
    let shift = 0;
    for (const edit of byLine.get(line) ?? []) {
      const from = edit.column + shift;
      if (at < from) break;
      // A position inside inserted text (the check itself) is where the insertion was made.
      if (at < from + edit.added) return edit.column + 1;
      shift += edit.added - edit.removed;
    }
    return at - shift + 1;
  };
}

/** Summaries of per-request timings: mean, p50, p99 (µs) and ratios between variants. */

export interface Summary {
  count: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
}

/** `samples` in milliseconds (as `performance.now()` gives them); the summary is in µs. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 1000;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return {
    count: sorted.length,
    meanUs: (total / Math.max(1, sorted.length)) * 1000,
    p50Us: at(0.5),
    p99Us: at(0.99),
  };
}

export const fixed = (x: number, digits = 1) => x.toFixed(digits);

/** Prints rows as an aligned plain-text table (first column left, the rest right). */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

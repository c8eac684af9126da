/** The benchmark's one table, in Markdown (it goes into reports as printed). */
export interface Row {
  scenario: string;
  /** 429s the simulator's limiter sent. */
  tooMany: number;
  /** Most requests open at the simulator at once. */
  maxInFlight: number;
  /** Requests admitted in a steady long window against the ceiling, when measured. */
  ceiling: string;
  notes: string;
}

export function printTable(rows: readonly Row[]): void {
  const header = [
    "scenario",
    "429s at server",
    "max in flight at server",
    "steady long window vs ceiling",
    "notes",
  ];
  const cells = rows.map((row) => [
    row.scenario,
    String(row.tooMany),
    String(row.maxInFlight),
    row.ceiling,
    row.notes,
  ]);
  for (const line of [header, header.map(() => "---"), ...cells])
    console.log(`| ${line.join(" | ")} |`);
}

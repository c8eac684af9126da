import type { DriftResult } from "./check-drift.ts";
import type { Explained } from "./difference.ts";

/** A plain-text table: columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

const where = (d: Explained) => (d.docs ? `${d.docs.section} (line ${d.docs.line})` : "—");

/** The report `pnpm spec:drift` prints: unexplained differences first, then the explained ones by kind. */
export function formatReport(result: DriftResult, sources: { docs: string; spec: string }): string {
  const out: string[] = [
    `Spec drift: ${sources.docs} (${result.docsOperations} operations) against ${sources.spec}`,
    "",
  ];
  if (result.unexplained.length > 0) {
    out.push(
      `UNEXPLAINED (${result.unexplained.length}): reconcile the spec, or log the decision in spec/RECONCILIATION.md under a heading with an id ({#recon-…}) and list that id in x-reconciliation where the spec departs from the docs.`,
      "",
    );
    out.push(
      table(
        ["kind", "operation", "what", "difference", "docs", "why not explained"],
        result.unexplained.map((d) => [
          d.kind,
          d.operation,
          d.subject,
          d.detail,
          where(d),
          d.problems.join("; ") || `no x-reconciliation at ${d.anchor}`,
        ]),
      ),
      "",
    );
  } else out.push("No unexplained difference.", "");
  if (result.danglingAnnotations.length > 0) {
    out.push(
      `DANGLING x-reconciliation (${result.danglingAnnotations.length}):`,
      ...result.danglingAnnotations.map((p) => `  ${p}`),
      "",
    );
  }
  if (result.unusedAnnotations.length > 0) {
    out.push(
      `x-reconciliation that explains nothing in these docs (${result.unusedAnnotations.length}); remove it if the docs caught up:`,
      ...result.unusedAnnotations.map((at) => `  ${at}`),
      "",
    );
  }
  const counted = Object.entries(result.explainedByKind).filter(([, n]) => n > 0);
  out.push(`Explained (${result.explained.length}), by kind:`, "");
  out.push(
    table(
      ["kind", "count"],
      counted.map(([kind, n]) => [kind, String(n)]),
    ),
    "",
  );
  if (result.explained.length > 0) {
    out.push(
      table(
        ["kind", "operation", "what", "explained by"],
        result.explained.map((d) => [d.kind, d.operation, d.subject, d.explainedBy.join(", ")]),
      ),
      "",
    );
  }
  return out.join("\n");
}

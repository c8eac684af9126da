import { compare } from "./compare.ts";
import { type DifferenceKind, differenceKinds, type Explained } from "./difference.ts";
import type { DocsModel } from "./docs-model.ts";
import { allAnnotations, danglingAnnotations, explain } from "./explain.ts";
import { parseDocs } from "./parse-docs.ts";
import { readLog } from "./reconciliation-log.ts";
import type { Json } from "./schema-view.ts";

export interface DriftResult {
  /** Differences no log entry explains, in the docs' order: what a maintainer must act on. */
  unexplained: Explained[];
  explained: Explained[];
  /** Explained differences per kind (every kind listed, zeros included). */
  explainedByKind: Record<DifferenceKind, number>;
  /** `x-reconciliation` annotations naming ids the log does not define. */
  danglingAnnotations: string[];
  /**
   * Annotations that explain no difference with these docs (the docs caught up, or the
   * annotation sits in the wrong place): worth removing, but not a failure.
   */
  unusedAnnotations: string[];
  /** Operations read from the docs, for a sanity check of the parse. */
  docsOperations: number;
  /** Exit status of `pnpm spec:drift`: 1 when anything is unexplained or dangling. */
  ok: boolean;
}

/** Parses the docs, compares them with the bundled spec and explains each difference from the log. */
export function checkDrift(input: {
  docs: string | DocsModel;
  spec: Json;
  log: string;
}): DriftResult {
  const model = typeof input.docs === "string" ? parseDocs(input.docs) : input.docs;
  const log = readLog(input.log);
  const all = compare(model, input.spec).map((difference) => explain(input.spec, log, difference));
  const unexplained = all.filter((d) => d.explainedBy.length === 0);
  const explained = all.filter((d) => d.explainedBy.length > 0);
  const explainedByKind = Object.fromEntries(
    differenceKinds.map((kind) => [kind, explained.filter((d) => d.kind === kind).length]),
  ) as Record<DifferenceKind, number>;
  const dangling = danglingAnnotations(input.spec, log);
  const used = new Set(explained.flatMap((d) => d.annotatedAt));
  const unused = allAnnotations(input.spec)
    .map((a) => a.at)
    .filter((at) => !used.has(at));
  return {
    unexplained,
    explained,
    explainedByKind,
    danglingAnnotations: dangling,
    unusedAnnotations: unused,
    docsOperations: model.operations.length,
    ok: unexplained.length === 0 && dangling.length === 0,
  };
}

export { checkDrift, type DriftResult } from "./check-drift.ts";
export { compare } from "./compare.ts";
export {
  type Difference,
  type DifferenceKind,
  differenceKinds,
  type Explained,
} from "./difference.ts";
export type { DocsModel, DocsOperation, DocsParameter, Unreadable } from "./docs-model.ts";
export { loadSpec } from "./load-spec.ts";
export { parseDocs } from "./parse-docs.ts";
export { readLog } from "./reconciliation-log.ts";
export { formatReport } from "./report.ts";

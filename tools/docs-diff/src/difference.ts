/** One way the docs and the spec disagree, and where the spec may explain it. */

export const differenceKinds = [
  "operation-not-in-spec",
  "operation-not-in-docs",
  "parameter-not-in-spec",
  "parameter-not-in-docs",
  "required-differs",
  "multiple-ids-differ",
  "enum-differs",
  "example-key-not-in-spec",
  "unreadable-docs",
] as const;
export type DifferenceKind = (typeof differenceKinds)[number];

export interface Difference {
  kind: DifferenceKind;
  /** `GET /conversations` (the spec's path form). */
  operation: string;
  operationId?: string;
  /** What differs: "query parameter `email`", "body field `infos[kind=email].label`". */
  subject: string;
  /** How it differs, in words a maintainer can act on. */
  detail: string;
  /** The docs' section and line, when the docs have it. */
  docs?: { section: string; line: number };
  /**
   * JSON pointer (in the bundled spec) of the object whose `x-reconciliation` explains this
   * difference: the parameter or property itself, or for something the spec lacks the object
   * that would hold it (then the entry must also name `mustName`).
   */
  anchor: string;
  mustName?: string;
}

export interface Explained extends Difference {
  /** The `spec/RECONCILIATION.md` entries that explain it; empty when unexplained. */
  explainedBy: string[];
  /** Where those annotations sit (JSON pointers of their `x-reconciliation`). */
  annotatedAt: string[];
  /** Why annotations found there do not count (an id with no entry, an entry not naming it). */
  problems: string[];
}

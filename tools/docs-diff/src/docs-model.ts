/** The normalised model of Missive's endpoint docs that the comparison works on. */

export type ParameterLocation = "path" | "query" | "body";

/**
 * One step into a body: a field name, and for a field whose items come in kinds (contact
 * `infos`), the kind a docs table is about ("Infos with kind `email`" → `{kind: "email"}`).
 */
export interface FieldStep {
  name: string;
  where?: { key: string; value: string };
}

export interface DocsParameter {
  location: ParameterLocation;
  /** `[name]` for path and query parameters; the steps from the body item for body fields. */
  path: FieldStep[];
  required: boolean;
  /** The docs name the field in prose or a bullet list and do not say whether it is required. */
  requiredUnstated?: true;
  /** Values listed in the docs ("Accepted values: …", "One of: …", a bullet list), if any. */
  enum?: string[];
  /** The docs' Example cell, as written. */
  example?: string;
  /** Path parameters: the docs take a comma-separated list (`:id1,:id2,…`). */
  multiple?: boolean;
  /** 1-based line in the docs. */
  line: number;
}

export interface DocsExample {
  direction: "request" | "response";
  /**
   * `whole`: a full payload (`{"contacts": […]}`); `item`: one item inside the envelope (a
   * usage table, a property table); `query`: the keys of a query string.
   */
  scope: "whole" | "item" | "query";
  /** The parsed JSON, or for a query string the object of its keys. */
  value: unknown;
  /** What the docs call it (`Request payload`, a tab title, `query string`). */
  title: string;
  line: number;
}

export interface DocsOperation {
  method: string;
  /** The path in the spec's form: no `/v1`, parameters as `{name}`. */
  path: string;
  /** `Conversations › List conversations`, as the docs' headings say. */
  section: string;
  line: number;
  parameters: DocsParameter[];
  examples: DocsExample[];
}

/** A part of the docs the parser could not read, so it could not be compared. */
export interface Unreadable {
  section: string;
  line: number;
  /** What it is and why it could not be read. */
  reason: string;
  /** The first characters of it, to find it in the docs. */
  excerpt: string;
  /** The operation whose section holds it, when there is one. */
  operation?: { method: string; path: string };
}

export interface DocsModel {
  operations: DocsOperation[];
  unreadable: Unreadable[];
}

/** `contacts[].infos[kind=email].label` style rendering of a body path, for messages. */
export function formatFieldPath(path: readonly FieldStep[]): string {
  return path
    .map((step) => (step.where ? `${step.name}[${step.where.key}=${step.where.value}]` : step.name))
    .join(".");
}

/** The top-level keys of an example; none for `null`, a list or a scalar. */
export const keysOf = (value: unknown): string[] =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value) : [];

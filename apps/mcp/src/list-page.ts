/**
 * One page of a list tool, built on the client's step functions: `untilStep` for the
 * timestamp-paged lists, `offsetStep` for the others. The cursor carries the ids of the
 * previous page that may come back, so a walk across calls hands out every item exactly once.
 */
import { offsetStep, untilStep } from "@missive-ts/client";
import { type CursorState, encodeCursor } from "./cursor.js";
import type { Operation } from "./operations.js";

export interface Page {
  items: unknown[];
  /** Query for this page (`until`/`offset`/`limit` set). */
  next: string | undefined;
  /** A full page of one timestamp: more items of that timestamp may exist that `until` cannot reach. */
  truncated: boolean;
}

type IdOf = (item: unknown) => unknown;
const idOf: IdOf = (item) => (item as { id?: unknown } | null)?.id;

/** The query of the page to fetch for this cursor state. */
export function pageQuery(
  operation: Operation,
  query: Record<string, unknown>,
  state: CursorState | undefined,
): Record<string, unknown> {
  const out = { ...query };
  const limit = operation.entry.pagination?.limit;
  if (out.limit === undefined && limit) out.limit = limit;
  if (state?.until !== undefined) out.until = state.until;
  if (state?.offset !== undefined) out.offset = state.offset;
  return out;
}

export function pageOf(
  operation: Operation,
  tool: string,
  args: Record<string, unknown>,
  query: Record<string, unknown>,
  page: readonly unknown[],
  state: CursorState | undefined,
): Page {
  const rule = operation.entry.pagination;
  const limit = Number(query.limit ?? Number.NaN);
  const seen = new Set(state?.seen ?? []);
  if (rule?.style === "until") {
    const until = state?.until;
    const step = untilStep(page, rule.cursor, limit, seen, until);
    // Only the step's boundary (the ids at the next `until`, which is inclusive) can come back.
    const next =
      step.next === undefined
        ? undefined
        : encodeCursor({ tool, args, until: step.next, seen: [...step.boundary] });
    return { items: step.fresh, next, truncated: step.truncated };
  }
  const offset = Number(query.offset ?? 0);
  const step = offsetStep(page, offset, limit, seen);
  const next =
    step.next === undefined
      ? undefined
      : encodeCursor({ tool, args, offset: step.next, seen: page.map(idOf) });
  return { items: step.fresh, next, truncated: false };
}

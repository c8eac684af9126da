/** The two pagination styles of the Missive API. */
import { badRequest, type Entity } from "./http.ts";

export interface UntilPageOptions {
  /** Timestamp field the list is ordered and paged by. */
  cursor: string;
  /** The `until` query value, if any. */
  until: number | undefined;
  limit: number;
  /**
   * Whether an item whose timestamp equals `until` is returned. Conversations and nested
   * lists: yes, so the items at the boundary come again (clients dedupe by ID). Tasks: yes.
   */
  inclusive: boolean;
  /**
   * Whether a page grows past `limit` so it never splits a group of items sharing a
   * timestamp (conversations and nested lists: "a page may hold more than `limit`").
   */
  extendTies: boolean;
}

/**
 * A page of a list sorted newest first: the first `limit` items at or before `until`
 * (strictly before when not inclusive), extended to the end of a timestamp tie if asked.
 */
export function untilPage(items: readonly Entity[], options: UntilPageOptions): Entity[] {
  const { cursor, until, limit } = options;
  // Missive's answer to a negative `until` (a client that took a `null` cursor field for 0).
  if (until !== undefined && !(until >= 0))
    throw badRequest("until must be between 0 and Infinity");
  // A `null` timestamp (an undelivered draft) counts as 0: oldest, and kept by every `until`.
  const stamp = (index: number) => Number((items[index] as Entity)[cursor] ?? 0);
  let start = 0;
  if (until !== undefined) {
    // Binary search: the first index whose timestamp passes the `until` test.
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const passes = options.inclusive ? stamp(middle) <= until : stamp(middle) < until;
      if (passes) high = middle;
      else low = middle + 1;
    }
    start = low;
  }
  let end = Math.min(items.length, start + limit);
  if (options.extendTies && end > start) {
    const last = stamp(end - 1);
    while (end < items.length && stamp(end) === last) end++;
  }
  return items.slice(start, end);
}

/** A page of an offset list. */
export function offsetPage<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}

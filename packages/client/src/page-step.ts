/**
 * One step of Missive's pagination (Conversations › List conversations and the other lists):
 * given a page, which of its items are new and where the next page starts. `paginate()` walks
 * a list with these rules; @missive-ts/react's infinite queries take one step per page.
 */

type Item = { readonly id?: unknown } & Record<string, unknown>;

/** Ids of items already handed out (those that may come back on this page). */
export type SeenIds = ReadonlySet<unknown>;

/** Where an until-style walk goes after a page. */
export interface UntilStep<T> {
  /** Items of the page not handed out before, in page order. */
  fresh: T[];
  /** `until` of the next page, or `undefined` when this page is the last. */
  next: number | undefined;
  /**
   * Ids that the next page may bring again (those at its `until`, which is inclusive, and those
   * without a cursor timestamp): the only ids the walk must remember, to pass as `seen` of the
   * next step.
   */
  boundary: Set<unknown>;
  /**
   * `true` when items may be missing: the page is exactly `limit` items of one timestamp, so
   * more items of that timestamp may exist that no `until` can reach (the walk goes on past
   * it), or the page brought nothing new and the walk stopped before older items.
   */
  truncated: boolean;
  /** The oldest cursor timestamp of the page (`NaN` when the page has none). */
  oldest: number;
}

/** Where an offset-style walk goes after a page. */
export interface OffsetStep<T> {
  /** Items of the page not handed out before (items without an id always count as new). */
  fresh: T[];
  /** `offset` of the next page, or `undefined` when this page is the last. */
  next: number | undefined;
}

/** A page shorter than the limit is the last; without a known limit, only an empty one is. */
function isLastPage(length: number, limit: number): boolean {
  return length === 0 || (Number.isFinite(limit) && length < limit);
}

const idOf = (item: unknown) => (item as Item | null)?.id;

/**
 * An item's cursor timestamp, or `undefined` when it has none: a draft not delivered yet carries
 * `delivered_at: null`. Such an item is handed out, but never sets `until`: `Number(null)` is 0,
 * and a walk that took it as a timestamp sent `until=-1` (refused with a 400, the rest of the
 * list lost). Another field (`created_at`) is no fallback either: the server filters `until` on
 * the cursor field, so another field's time is no position in that order.
 */
export function cursorStamp(item: unknown, cursor: string): number | undefined {
  const value = (item as Item | null)?.[cursor];
  const stamp = value === null || value === "" ? NaN : Number(value);
  return stamp >= 0 && stamp < Infinity ? stamp : undefined;
}

/**
 * The next step of an until-style list (conversations, messages, comments, drafts, posts,
 * tasks). Pages run newest to oldest; the next `until` is the cursor timestamp of the page's
 * oldest item. `until` is inclusive, so the items at that timestamp come back: `fresh` drops
 * the ids of `seen` (the previous step's `boundary`), and items newer than the page's own
 * `until` (a server ignoring `until` must not make the walk repeat itself).
 *
 * A page whose items all share one timestamp is a tie that `until` cannot get past: the next
 * `until` is that timestamp minus one, as the tasks docs advise. The conversation docs call
 * such a page the last, but a server that extends pages through a tie (their "a page may
 * return more than `limit`") has then sent the whole tie, and older items follow. When the
 * page is exactly `limit` items long, the server may have cut the tie: the step is flagged
 * `truncated`. The walk ends on a page shorter than `limit` (`NaN` = unknown) and on a page
 * with nothing new; `until` only ever decreases, so it never loops, and never goes below 0.
 * Items without a cursor timestamp ({@link cursorStamp}) are handed out and never set `until`;
 * a full page of nothing but them stops the walk, flagged `truncated`.
 */
export function untilStep<T>(
  page: readonly T[],
  cursor: string,
  limit: number,
  seen: SeenIds = new Set(),
  until?: number,
): UntilStep<T> {
  const stampOf = (item: T) => cursorStamp(item, cursor);
  const inRange = page.filter((item) => !((stampOf(item) ?? -1) > (until ?? Infinity)));
  const fresh = inRange.filter((item) => !seen.has(idOf(item)));
  const stamps = inRange.map(stampOf).filter((stamp) => stamp !== undefined);
  const oldest = stamps.length > 0 ? Math.min(...stamps) : NaN;
  const step = (next: number | undefined, truncated: boolean): UntilStep<T> => {
    // Items without a timestamp have no place in the `until` order: they may come again.
    const boundary = new Set<unknown>();
    for (const item of inRange) {
      const stamp = stampOf(item);
      if (stamp === undefined || (stamp === next && next === oldest)) boundary.add(idOf(item));
    }
    return { fresh, next, boundary, truncated, oldest };
  };
  if (isLastPage(page.length, limit)) return step(undefined, false);
  // One timestamp (items without one do not break a tie): go on below it; nothing can be older
  // than 0, so a tie at 0 is the end of the list, never `until=-1`. No timestamp at all (every
  // item lacks one; `oldest` is NaN): stop. Either way a page longer than `limit` is all the
  // server had (a whole tie), one of exactly `limit` may not be.
  if (stamps.every((s) => s === oldest)) {
    return step(oldest > 0 ? oldest - 1 : undefined, !(page.length > limit));
  }
  // Nothing new (every item at `until` was seen): stop.
  if (fresh.length === 0) return step(undefined, true);
  return step(oldest, false);
}

/**
 * The next step of an offset-style list (contacts, users, teams, shared labels, responses):
 * `offset` grows by the page length until a page is shorter than `limit` (`NaN` = unknown).
 * Items shift between pages when the list changes meanwhile, so `fresh` drops ids already
 * `seen` (the previous page's: only they can come back after a shift of less than a page),
 * and a page of nothing new ends the walk (a server repeating itself must not loop).
 */
export function offsetStep<T>(
  page: readonly T[],
  offset: number,
  limit: number,
  seen: SeenIds = new Set(),
): OffsetStep<T> {
  const fresh: T[] = [];
  const ids = new Set<unknown>();
  for (const item of page) {
    const id = idOf(item);
    // Items without an id always count as new.
    if (id === undefined || !(seen.has(id) || ids.has(id))) {
      ids.add(id);
      fresh.push(item);
    }
  }
  const last = isLastPage(page.length, limit) || fresh.length === 0;
  return { fresh, next: last ? undefined : offset + page.length };
}

/** The ids of a page: what the next offset page may bring again. */
export function pageIds(page: readonly unknown[]): Set<unknown> {
  return new Set(page.map(idOf));
}

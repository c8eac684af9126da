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
   * `true` when the walk stops on a full page whose items all share one timestamp (or that
   * brought nothing new): more items with that timestamp may exist and cannot be reached.
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

/**
 * The next step of an until-style list (conversations, messages, comments, drafts, posts,
 * tasks). The next `until` is the cursor timestamp of the page's oldest item; `until` is
 * inclusive, so items at that timestamp come back and `fresh` drops ids already `seen`. Pages
 * run newest to oldest: an item newer than the page's own `until` was handed out before (a
 * server ignoring `until` must not make the walk repeat itself). The walk ends on a page
 * shorter than `limit` (`NaN` = unknown), on a full page whose items all share one timestamp,
 * and on a page with nothing new: it never loops forever.
 */
export function untilStep<T>(
  page: readonly T[],
  cursor: string,
  limit: number,
  seen: SeenIds = new Set(),
  until?: number,
): UntilStep<T> {
  const stampOf = (item: T) => Number((item as Item)[cursor]);
  const fresh = page.filter(
    (item) => !seen.has((item as Item).id) && !(until !== undefined && stampOf(item) > until),
  );
  const stamps = page.map(stampOf).filter(Number.isFinite);
  const oldest = stamps.length > 0 ? Math.min(...stamps) : Number.NaN;
  const last = isLastPage(page.length, limit);
  // `every` of no stamps is true: a full page without timestamps cannot be walked past either.
  const truncated = !last && (fresh.length === 0 || stamps.every((stamp) => stamp === oldest));
  return { fresh, next: last || truncated ? undefined : oldest, truncated, oldest };
}

/**
 * The next step of an offset-style list (contacts, users, teams, shared labels, responses):
 * `offset` grows by the page length until a page is shorter than `limit` (`NaN` = unknown).
 * Items shift between pages when the list changes meanwhile, so `fresh` drops ids already
 * `seen`, and a page of nothing new ends the walk (a server repeating itself must not loop).
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
    const id = (item as Item | null)?.id;
    if (id !== undefined && (seen.has(id) || ids.has(id))) continue;
    if (id !== undefined) ids.add(id);
    fresh.push(item);
  }
  const last = isLastPage(page.length, limit) || fresh.length === 0;
  return { fresh, next: last ? undefined : offset + page.length };
}

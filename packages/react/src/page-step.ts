/**
 * One step of Missive's pagination, for TanStack's `getNextPageParam`: the same rules as the
 * client's `paginate()` (Conversations › List conversations), which only exists as an iterator.
 */

type Item = { readonly id?: unknown } & Record<string, unknown>;

/** Ids already seen on earlier pages. */
export type SeenIds = ReadonlySet<unknown>;

/** Where an until-style walk goes after a page. */
export interface UntilStep<T> {
  /** Items of the page not seen on an earlier page, in page order. */
  fresh: T[];
  /** `until` of the next page, or `undefined` when this page is the last. */
  next: number | undefined;
  /**
   * `true` when the walk stops on a full page whose items all share one timestamp (or that
   * brought nothing new): more items with that timestamp may exist and cannot be reached.
   */
  truncated: boolean;
}

/**
 * The next step of an until-style list (conversations, messages, comments, drafts, posts,
 * tasks). The next `until` is the cursor timestamp of the page's oldest item; items at that
 * timestamp come back, so `fresh` drops ids already `seen`. The walk ends on a page shorter than
 * `limit`, on a page whose items all share one timestamp, and on a page with no new id.
 */
export function untilStep<T>(
  page: readonly T[],
  cursor: string,
  limit: number,
  seen: SeenIds = new Set(),
): UntilStep<T> {
  const fresh = page.filter((item) => !seen.has((item as Item).id));
  if (page.length === 0 || page.length < limit) return { fresh, next: undefined, truncated: false };
  const stamps = page.map((item) => Number((item as Item)[cursor])).filter(Number.isFinite);
  const oldest = Math.min(...stamps);
  const allSame = stamps.length > 0 && stamps.every((stamp) => stamp === oldest);
  if (fresh.length === 0 || allSame || stamps.length === 0) {
    return { fresh, next: undefined, truncated: true };
  }
  return { fresh, next: oldest, truncated: false };
}

/** `until` of the page after `page`, or `undefined` when `page` is the last. See {@link untilStep}. */
export function nextUntil(
  page: readonly unknown[],
  cursor: string,
  limit: number,
  seen: SeenIds = new Set(),
): number | undefined {
  return untilStep(page, cursor, limit, seen).next;
}

/**
 * `offset` of the page after `page` of an offset-style list (contacts, users, teams, shared
 * labels, responses), or `undefined` when it is the last: a page shorter than `limit`, or one
 * that brings no new id (a list that shifted meanwhile must not loop forever).
 */
export function nextOffset(
  page: readonly unknown[],
  offset: number,
  limit: number,
  seen: SeenIds = new Set(),
): number | undefined {
  if (page.length === 0 || page.length < limit) return undefined;
  const fresh = page.some((item) => {
    const id = (item as Item | null)?.id;
    return id === undefined || !seen.has(id);
  });
  return fresh ? offset + page.length : undefined;
}

/** The ids of every item of `pages`. */
export function idsOf(pages: readonly (readonly unknown[])[]): Set<unknown> {
  const ids = new Set<unknown>();
  for (const page of pages) for (const item of page) ids.add((item as Item | null)?.id);
  return ids;
}

/** Every item of `pages` once, by id, in page order (first occurrence wins). */
export function flattenPages<T>(pages: readonly (readonly T[])[]): T[] {
  const seen = new Set<unknown>();
  const items: T[] = [];
  for (const page of pages) {
    for (const item of page) {
      const id = (item as Item | null)?.id;
      if (id !== undefined && seen.has(id)) continue;
      if (id !== undefined) seen.add(id);
      items.push(item);
    }
  }
  return items;
}

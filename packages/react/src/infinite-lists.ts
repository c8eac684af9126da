import type { MissiveError } from "@missive-ts/client";
import { type OperationEntry, pageIds, paginationOf } from "@missive-ts/client";
import { type InfiniteData, infiniteQueryOptions, type QueryKey } from "@tanstack/react-query";
import { flattenPages, nextOffset, untilStep } from "./page-step.js";

/** The data of an infinite list hook: TanStack's pages, plus every item once. */
export interface MissivePages<T, P> extends InfiniteData<T[], P> {
  /** Every item of every page loaded so far, deduplicated by id, newest first. */
  items: T[];
  /**
   * `true` when a page loaded so far may not hold everything: a page of exactly `limit` items
   * sharing one timestamp (more items with that timestamp may exist that `until` cannot reach;
   * the list goes on with older ones), or a full page with nothing new (the list stopped).
   * Narrow the filter to reach them.
   */
  possiblyTruncated: boolean;
}

/** The page size the client's `listAll…` sends for a paginated list (the spec's maximum, else its default). */
export function defaultLimit(method: PaginatedMethod): number {
  return paginationOf(method)?.limit ?? 25;
}

/** The client method that gets one page of a paginated list: `conversations.list`, `tasks.list`, … */
export type PaginatedMethod =
  Extract<OperationEntry, { pagination: object }> extends infer E
    ? E extends { namespace: infer N extends string; name: infer M extends string }
      ? `${N}.${M}`
      : never
    : never;

type UntilFetch<T> = (until: number | undefined, signal: AbortSignal) => Promise<T[] | undefined>;
type OffsetFetch<T> = (offset: number, signal: AbortSignal) => Promise<T[] | undefined>;

// `select` must keep its identity across renders, or TanStack reruns it (and hands out a new
// `items` array) on every render: one function per cursor and limit, made once.
const untilSelects = new Map<string, (data: InfiniteData<unknown[], unknown>) => unknown>();
function untilSelect(cursor: string, limit: number) {
  const key = `${cursor}:${limit}`;
  let select = untilSelects.get(key);
  if (!select) {
    select = (data) => {
      // Any page may have been cut (the walk goes on past a tie), not only the last one.
      let seen: ReadonlySet<unknown> = new Set();
      let possiblyTruncated = false;
      data.pages.forEach((page, n) => {
        const step = untilStep(page, cursor, limit, seen, data.pageParams[n] as number | undefined);
        possiblyTruncated ||= step.truncated;
        seen = step.boundary;
      });
      return { ...data, items: flattenPages(data.pages), possiblyTruncated };
    };
    untilSelects.set(key, select);
  }
  return select;
}
const offsetSelect = (data: InfiniteData<unknown[], unknown>) => ({
  ...data,
  items: flattenPages(data.pages),
  possiblyTruncated: false,
});

/** The ids of `page` at `until` (the cursor of the page after it): those that come back. */
function boundaryOf(page: readonly unknown[] | undefined, cursor: string, until: unknown) {
  const ids = new Set<unknown>();
  for (const item of page ?? []) {
    const entry = item as Record<string, unknown> | null;
    if (Number(entry?.[cursor]) === until) ids.add(entry?.id);
  }
  return ids;
}

/** Infinite query options of an until-style list (exact-once: see `untilStep`). */
export function untilInfinite<T, K extends QueryKey>(
  queryKey: K,
  fetchPage: UntilFetch<T>,
  cursor: string,
  limit: number,
) {
  return infiniteQueryOptions<
    T[],
    MissiveError,
    MissivePages<T, number | undefined>,
    K,
    number | undefined
  >({
    queryKey,
    queryFn: async ({ pageParam, signal }) => (await fetchPage(pageParam, signal)) ?? [],
    initialPageParam: undefined,
    // Only the page before can hold items that come back on the last one (its boundary).
    getNextPageParam: (last, all, until) =>
      untilStep(last, cursor, limit, boundaryOf(all.at(-2), cursor, until), until).next,
    select: untilSelect(cursor, limit) as (
      data: InfiniteData<T[], number | undefined>,
    ) => MissivePages<T, number | undefined>,
  });
}

/** Infinite query options of an offset-style list. */
export function offsetInfinite<T, K extends QueryKey>(
  queryKey: K,
  fetchPage: OffsetFetch<T>,
  limit: number,
) {
  return infiniteQueryOptions<T[], MissiveError, MissivePages<T, number>, K, number>({
    queryKey,
    queryFn: async ({ pageParam, signal }) => (await fetchPage(pageParam, signal)) ?? [],
    initialPageParam: 0,
    getNextPageParam: (last, all, lastOffset) =>
      nextOffset(last, lastOffset, limit, pageIds(all.at(-2) ?? [])),
    select: offsetSelect as (data: InfiniteData<T[], number>) => MissivePages<T, number>,
  });
}

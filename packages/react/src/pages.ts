import type { MissiveError } from "@missive-ts/client";
import { operationTable } from "@missive-ts/client";
import { type InfiniteData, infiniteQueryOptions, type QueryKey } from "@tanstack/react-query";
import { flattenPages, idsOf, nextOffset, untilStep } from "./page-step.js";

/** The data of an infinite list hook: TanStack's pages, plus every item once. */
export interface MissivePages<T, P> extends InfiniteData<T[], P> {
  /** Every item of every page loaded so far, deduplicated by id, newest first. */
  items: T[];
  /**
   * `true` when the list stopped on a full page that `until` cannot get past (its items share
   * one timestamp): more items with that timestamp may exist. Narrow the filter to reach them.
   */
  possiblyTruncated: boolean;
}

/** The default page size the client sends for an operation (spec default, else maximum). */
export function defaultLimit(operationId: string): number {
  const entry = operationTable.find((e) => e.operationId === operationId);
  return entry?.pagination?.limit ?? 25;
}

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
      const last = data.pages.at(-1) ?? [];
      const until = data.pageParams.at(-1) as number | undefined;
      const step = untilStep(last, cursor, limit, idsOf(data.pages.slice(0, -1)), until);
      return { ...data, items: flattenPages(data.pages), possiblyTruncated: step.truncated };
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
    getNextPageParam: (last, all, until) =>
      untilStep(last, cursor, limit, idsOf(all.slice(0, -1)), until).next,
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
      nextOffset(last, lastOffset, limit, idsOf(all.slice(0, -1))),
    select: offsetSelect as (data: InfiniteData<T[], number>) => MissivePages<T, number>,
  });
}

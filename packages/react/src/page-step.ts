/**
 * Missive's pagination one page at a time, for TanStack's `getNextPageParam` and `select`: the
 * rules are the client's (`untilStep`, `offsetStep`), the TanStack-shaped helpers live here.
 */
import { offsetStep, type SeenIds, untilStep } from "@missive-ts/client";

export { type SeenIds, type UntilStep, untilStep } from "@missive-ts/client";

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
 * `offset` of the page after `page` of an offset-style list, or `undefined` when it is the
 * last: a page shorter than `limit`, or one that brings no new id. See `offsetStep`.
 */
export function nextOffset(
  page: readonly unknown[],
  offset: number,
  limit: number,
  seen: SeenIds = new Set(),
): number | undefined {
  return offsetStep(page, offset, limit, seen).next;
}

/** Every item of `pages` once, by id, in page order (first occurrence wins). */
export function flattenPages<T>(pages: readonly (readonly T[])[]): T[] {
  // The offset rule's deduplication over all pages at once: ids seen earlier are dropped,
  // items without an id are kept.
  return offsetStep(pages.flat() as T[], 0, Number.NaN).fresh;
}

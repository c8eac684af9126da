import type { MissiveLogger } from "./options.js";

/** An async iterable over every item of a paginated list, fetching pages as it goes. */
export interface Paginator<T> extends AsyncIterable<T> {
  /** Reads every page and returns all items. */
  collect(): Promise<T[]>;
  /** Same as {@link Paginator.collect}. */
  toArray(): Promise<T[]>;
  /**
   * `true` once iteration stopped on a full page whose items all share one timestamp: the docs
   * call such a page the last one, but more items with that same timestamp may exist and cannot
   * be reached with `until`. Also reported through `logger.warn`.
   */
  readonly possiblyTruncated: boolean;
}

export type PaginationRule =
  | { style: "until"; cursor: string; inclusive: boolean; limit: number | null }
  | { style: "offset"; limit: number | null };

type Query = Record<string, unknown>;
type Item = Record<string, unknown>;

/**
 * Pagination as the docs describe it (Conversations › List conversations and the other lists).
 * until-style: the first page without `until`, then `until` = the cursor timestamp of the
 * oldest item of the page. Items sharing that timestamp come back on the next page, so items
 * are deduplicated by `id`; `until` is passed as is for inclusive lists (tasks) too, the
 * deduplication then removing the repeat. The end: a page shorter than `limit`, or one whose
 * items all share a timestamp, or one that brings no new item (never loops forever).
 * offset-style: `offset` grows by the page length until a page is shorter than `limit`.
 */
export function paginate<T>(
  fetchPage: (query: Query) => Promise<readonly T[] | undefined>,
  rule: PaginationRule,
  query: Query = {},
  logger?: MissiveLogger,
  label = "list",
): Paginator<T> {
  const limit = Number(query.limit ?? rule.limit ?? Number.NaN);
  const base: Query = { ...query };
  if (Number.isFinite(limit)) base.limit = limit;
  let truncated = false;
  // A page shorter than the limit is the last; without a known limit, only an empty page is.
  const isShort = (length: number) => length === 0 || (Number.isFinite(limit) && length < limit);

  async function* untilPages(cursor: string): AsyncGenerator<T> {
    // Only items at the boundary timestamp can come back (`until` is inclusive), so only their
    // ids are remembered: memory stays one page deep however long the walk.
    let seen = new Set<unknown>();
    const { until: _ignored, ...first } = base;
    let next: Query = first;
    for (;;) {
      const page = ((await fetchPage(next)) ?? []) as readonly Item[];
      const until = next.until as number | undefined;
      // Pages run newest to oldest: an item newer than `until` was yielded on an earlier page
      // (a server ignoring `until` must not make the walk repeat itself).
      const fresh = page.filter(
        (item) => !seen.has(item.id) && !(until !== undefined && Number(item[cursor]) > until),
      );
      for (const item of fresh) {
        seen.add(item.id);
        yield item as T;
      }
      if (isShort(page.length)) return;
      const stamps = page.map((item) => Number(item[cursor])).filter(Number.isFinite);
      const oldest = Math.min(...stamps);
      const allSame = stamps.length > 0 && stamps.every((s) => s === oldest);
      if (fresh.length === 0 || allSame || stamps.length === 0) {
        // A full page ends the walk: anything else at that timestamp is out of reach.
        truncated = true;
        logger?.warn?.(
          `${label}: stopped on a full page that \`until\` cannot get past (its items share ${cursor} ` +
            `${oldest}); more items with that timestamp may exist. Narrow the query to reach them.`,
          { cursor, until: oldest, pageLength: page.length },
        );
        return;
      }
      seen = new Set(page.filter((item) => Number(item[cursor]) === oldest).map((item) => item.id));
      next = { ...base, until: oldest };
    }
  }

  async function* offsetPages(): AsyncGenerator<T> {
    // Items shift between pages when the list changes meanwhile: dedupe by id here too, and
    // stop on a page of nothing new (a server repeating itself must not loop forever).
    const seen = new Set<unknown>();
    let offset = Number(base.offset ?? 0);
    for (;;) {
      const page = ((await fetchPage({ ...base, offset })) ?? []) as readonly T[];
      let fresh = 0;
      for (const item of page) {
        const id = (item as Item | null)?.id;
        if (id !== undefined && seen.has(id)) continue;
        if (id !== undefined) seen.add(id);
        fresh++;
        yield item;
      }
      if (isShort(page.length) || fresh === 0) return;
      offset += page.length;
    }
  }

  const iterate = () => (rule.style === "until" ? untilPages(rule.cursor) : offsetPages());
  const collect = async () => {
    const all: T[] = [];
    for await (const item of iterate()) all.push(item);
    return all;
  };
  return {
    [Symbol.asyncIterator]: iterate,
    collect,
    toArray: collect,
    get possiblyTruncated() {
      return truncated;
    },
  };
}

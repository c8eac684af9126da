import { offsetPages } from "./offset-pages.js";
import type { MissiveLogger } from "./options.js";
import { type SeenIds, untilStep } from "./page-step.js";

/** An async iterable over every item of a paginated list, fetching pages as it goes. */
export interface Paginator<T> extends AsyncIterable<T> {
  /** Reads every page and returns all items. */
  collect(): Promise<T[]>;
  /** Same as {@link Paginator.collect}. */
  toArray(): Promise<T[]>;
  /**
   * `true` once the walk met a page it could not be sure to have seen whole: a page of exactly
   * `limit` items sharing one timestamp (more items of that timestamp may exist, which no
   * `until` can reach; the walk goes on with older items), or a full page with nothing new
   * (the walk stops; older items may be missing). Each time, `logger.warn` says which items.
   */
  readonly possiblyTruncated: boolean;
}

export type PaginationRule =
  | { style: "until"; cursor: string; limit: number | null }
  | { style: "offset"; limit: number | null };

/** How a walk runs. */
export interface PaginateOptions {
  /** Offset lists: pages fetched at once (within the client's rate limiter). Default 1. */
  concurrency?: number | undefined;
  /** Aborts the walk and every page in flight. */
  signal?: AbortSignal | undefined;
}

type Query = Record<string, unknown>;
type FetchPage<T> = (query: Query, signal?: AbortSignal) => Promise<readonly T[] | undefined>;

/**
 * Pagination as the docs describe it (Conversations › List conversations and the other lists),
 * with the rules of {@link untilStep} and {@link offsetStep}. until-style: the first page
 * without `until`, then `until` = the cursor timestamp of the oldest item of the page (minus
 * one past a page of one timestamp); items at that timestamp come back and are dropped by
 * `id`. offset-style: `offset` grows by the page length, up to `concurrency` pages at once.
 * Both end on a short page or one that brings nothing new. Memory stays one page deep: only
 * the ids that can come back on the next page are remembered.
 */
export function paginate<T>(
  fetchPage: FetchPage<T>,
  rule: PaginationRule,
  query: Query = {},
  logger?: MissiveLogger,
  label = "list",
  options: PaginateOptions = {},
): Paginator<T> {
  const limit = Number(query.limit ?? rule.limit ?? NaN);
  const base: Query = { ...query };
  if (Number.isFinite(limit)) base.limit = limit;
  const { signal } = options;
  let truncated = false;

  async function* untilPages(cursor: string): AsyncGenerator<T> {
    let seen: SeenIds = new Set();
    const { until: _ignored, ...first } = base;
    let next: Query = first;
    for (;;) {
      const page = (await fetchPage(next, signal)) ?? [];
      const until = next.until as number | undefined;
      const step = untilStep(page, cursor, limit, seen, until);
      yield* step.fresh;
      if (step.truncated) {
        truncated = true;
        const at = `${cursor} ${step.oldest}`;
        const what = Number.isNaN(step.oldest)
          ? `stopped on a full page without ${cursor}; later items may be missing`
          : step.next === undefined
            ? `stopped on a full page with nothing new; items older than ${at} may be missing`
            : `a full page shares ${at}: more items with ${at} may exist and be missing ` +
              "(no `until` reaches them; the walk goes on). Narrow the query to reach them";
        logger?.warn?.(`${label}: ${what}.`, {
          cursor,
          until: step.oldest,
          pageLength: page.length,
        });
      }
      if (step.next === undefined) return;
      seen = step.boundary;
      next = { ...base, until: step.next };
    }
  }

  const iterate = () =>
    rule.style === "until"
      ? untilPages(rule.cursor)
      : offsetPages(fetchPage, base, limit, options.concurrency ?? 1, signal);
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

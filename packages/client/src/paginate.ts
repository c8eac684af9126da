import type { MissiveLogger } from "./options.js";
import { offsetStep, type SeenIds, untilStep } from "./page-step.js";

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
  | { style: "until"; cursor: string; limit: number | null }
  | { style: "offset"; limit: number | null };

type Query = Record<string, unknown>;

/**
 * Pagination as the docs describe it (Conversations › List conversations and the other lists),
 * one page at a time with the rules of {@link untilStep} and {@link offsetStep}.
 * until-style: the first page without `until`, then `until` = the cursor timestamp of the
 * oldest item of the page; items sharing that timestamp come back and are dropped by `id`
 * (`until` is passed as is for inclusive lists such as tasks too). offset-style: `offset`
 * grows by the page length. Both end on a short page or one that brings nothing new.
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

  async function* untilPages(cursor: string): AsyncGenerator<T> {
    // Only items of the previous page can come back (those at its oldest timestamp), so only
    // its ids are remembered: memory stays one page deep however long the walk.
    let seen: SeenIds = new Set();
    const { until: _ignored, ...first } = base;
    let next: Query = first;
    for (;;) {
      const page = (await fetchPage(next)) ?? [];
      const step = untilStep(page, cursor, limit, seen, next.until as number | undefined);
      yield* step.fresh;
      if (step.truncated) {
        truncated = true;
        logger?.warn?.(
          `${label}: stopped on a full page that \`until\` cannot get past (its items share ${cursor} ` +
            `${step.oldest}); more items with that timestamp may exist. Narrow the query to reach them.`,
          { cursor, until: step.oldest, pageLength: page.length },
        );
      }
      if (step.next === undefined) return;
      seen = new Set(page.map((item) => (item as { id?: unknown }).id));
      next = { ...base, until: step.next };
    }
  }

  async function* offsetPages(): AsyncGenerator<T> {
    const seen = new Set<unknown>();
    let offset = Number(base.offset ?? 0);
    for (;;) {
      const page = (await fetchPage({ ...base, offset })) ?? [];
      const step = offsetStep(page, offset, limit, seen);
      for (const item of step.fresh) {
        const id = (item as { id?: unknown } | null)?.id;
        if (id !== undefined) seen.add(id);
        yield item;
      }
      if (step.next === undefined) return;
      offset = step.next;
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

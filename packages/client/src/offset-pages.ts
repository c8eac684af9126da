import { offsetStep, pageIds, type SeenIds } from "./page-step.js";

type Query = Record<string, unknown>;
type FetchPage<T> = (query: Query, signal: AbortSignal) => Promise<readonly T[] | undefined>;

interface Pending<T> {
  offset: number;
  controller: AbortController;
  /** The page; its failure is thrown when the walk reaches it (marked handled until then). */
  page: Promise<readonly T[] | undefined>;
}

/**
 * Walks an offset list, fetching up to `concurrency` pages at once: offsets are known in
 * advance (the next page starts `limit` further), unlike `until`, which comes from the page
 * before. Pages are handed out in order, each through {@link offsetStep} with the previous
 * page's ids, so items come out in list order and exactly once. The number of pages ahead
 * starts at one (a short list costs one request) and doubles with each full page. Pages
 * fetched past the end, or misaligned by a page longer than `limit`, are aborted and
 * discarded; an error hands out every page before it, then throws.
 */
export async function* offsetPages<T>(
  fetchPage: FetchPage<T>,
  base: Query,
  limit: number,
  concurrency: number,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  const pending: Pending<T>[] = [];
  const abortAll = () => {
    for (const entry of pending.splice(0)) entry.controller.abort(signal?.reason);
  };
  signal?.addEventListener("abort", abortAll, { once: true });
  // Without a known page size, the next offset is only known once the page is in.
  const most = Number.isFinite(limit) && limit > 0 ? Math.max(1, Math.floor(concurrency)) : 1;
  let ahead = 1;
  let nextOffset = Number(base.offset ?? 0);
  let previous: SeenIds = new Set();
  try {
    for (;;) {
      while (pending.length < ahead) {
        const controller = new AbortController();
        if (signal?.aborted) controller.abort(signal.reason);
        const offset = nextOffset;
        const page = fetchPage({ ...base, offset }, controller.signal);
        page.catch(() => {});
        pending.push({ offset, controller, page });
        nextOffset += limit;
      }
      // The head stays in `pending` while awaited, so an abort of the walk reaches it too.
      const head = pending[0] as Pending<T>;
      const page = (await head.page.finally(() => pending.shift())) ?? [];
      const step = offsetStep(page, head.offset, limit, previous);
      if (step.next === undefined) {
        abortAll();
        yield* step.fresh;
        return;
      }
      if (pending[0] !== undefined && pending[0].offset !== step.next) abortAll();
      if (pending.length === 0) nextOffset = step.next;
      ahead = Math.min(most, ahead * 2);
      previous = pageIds(page);
      yield* step.fresh;
    }
  } finally {
    signal?.removeEventListener("abort", abortAll);
    abortAll();
  }
}

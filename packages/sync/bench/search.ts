/**
 * Search latency over 100,000 messages: p50 and p95 of 200 queries on one store, against the
 * previous query shape on the same data in the same run (a ratio, not a timed assertion).
 */
import { seededBody } from "@missive-ts/sim";
import { messageRow } from "../src/rows.ts";
import type { SearchHit, SearchOptions, SyncStore } from "../src/store.ts";
import type { Search } from "./previous-search.ts";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Fills `store` with `count` messages of seeded text (in batches of 1,000). */
export async function fillMessages(store: SyncStore, count: number): Promise<string[]> {
  const words: string[] = [];
  for (let start = 0; start < count; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - start) }, (_, i) => {
      const n = start + i;
      const id = `bench-${n}`;
      const body = seededBody(9, id);
      if (n % 500 === 0)
        words.push(
          ...body
            .replace(/<[^>]+>|\./g, " ")
            .split(/\s+/)
            .filter((w) => w.length > 4),
        );
      return messageRow(
        {
          id,
          subject: `Order ${n}`,
          delivered_at: 1_700_000_000 + n,
          from_field: { name: "Ann", address: `ann${n % 300}@example.com` },
          body,
        },
        `conv-${Math.floor(n / 10)}`,
      );
    });
    await store.write({ upserts: rows });
  }
  return words;
}

export interface Latency {
  p50: number;
  p95: number;
}

export interface SearchLatency {
  now: Latency;
  /** The same queries through the previous query shape, interleaved with `now`'s. */
  before: Latency;
  queries: number;
  hits: number;
  /** Queries whose hits (ids, order, snippets, scores) are the same in both shapes. */
  identical: number;
}

const latency = (times: number[]): Latency => {
  const sorted = [...times].sort((x, y) => x - y);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
};

/** The 200 queries of the goal: one word, two words, `"a phrase" OR word`. */
export function plainQueries(words: string[]): [string, SearchOptions][] {
  return Array.from({ length: 200 }, (_, i) => {
    const a = words[(i * 7) % words.length] as string;
    const b = words[(i * 13 + 5) % words.length] as string;
    const query = i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : `"${a}" OR ${b}`;
    return [query, { limit: 20 }];
  });
}

/** 40 one-word queries with a filter each: a sender (1 in 300, or all), after, before. */
export function filteredQueries(words: string[], count: number): [string, SearchOptions][] {
  const first = 1_700_000_000;
  const filters: SearchOptions[] = [
    { from: "ann7@" },
    { from: "ann" },
    { after: first + Math.floor(count * 0.9) },
    { before: first + Math.floor(count * 0.1) },
  ];
  return Array.from({ length: 40 }, (_, i) => [
    words[(i * 11 + 3) % words.length] as string,
    { ...filters[i % filters.length], limit: 20 },
  ]);
}

/** Times each query through `search` and `baseline` in turn (alternating which goes first). */
export async function measureSearch(
  search: Search,
  baseline: Search,
  queries: [string, SearchOptions][],
): Promise<SearchLatency> {
  const now: number[] = [];
  const before: number[] = [];
  let hits = 0;
  let identical = 0;
  for (const [i, [query, options]] of queries.entries()) {
    const timed = async (run: Search, times: number[]) => {
      const started = performance.now();
      const found = await run(query, options);
      times.push(performance.now() - started);
      return found;
    };
    let mine: SearchHit[];
    let theirs: SearchHit[];
    if (i % 2 === 0) {
      mine = await timed(search, now);
      theirs = await timed(baseline, before);
    } else {
      theirs = await timed(baseline, before);
      mine = await timed(search, now);
    }
    hits += mine.length;
    if (JSON.stringify(mine) === JSON.stringify(theirs)) identical++;
  }
  return { now: latency(now), before: latency(before), queries: queries.length, hits, identical };
}

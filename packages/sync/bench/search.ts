/** Search latency over 100,000 messages: p50 and p95 of 200 queries, on one store. */
import { seededBody } from "@missive-ts/sim";
import { messageRow } from "../src/rows.ts";
import type { SyncStore } from "../src/store.ts";

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

/** Runs 200 queries (one word, two words, a phrase) and returns p50/p95 in ms. */
export async function measureSearch(
  store: SyncStore,
  words: string[],
): Promise<{ p50: number; p95: number; hits: number }> {
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < 200; i++) {
    const a = words[(i * 7) % words.length] as string;
    const b = words[(i * 13 + 5) % words.length] as string;
    const query = i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : `"${a}" OR ${b}`;
    const started = performance.now();
    hits += (await store.search(query, { limit: 20 })).length;
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return {
    p50: Math.round(percentile(times, 50) * 10) / 10,
    p95: Math.round(percentile(times, 95) * 10) / 10,
    hits,
  };
}

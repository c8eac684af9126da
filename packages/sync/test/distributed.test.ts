/**
 * Several workers on one Postgres, sharing one rate limit through Redis: they split the work,
 * the copy is exact, nothing gets a 429, and a killed worker's share is taken over.
 */
import { startRedisServer } from "@missive-ts/mock/redis";
import { startSimulator } from "@missive-ts/sim";
import { expect, it } from "vitest";
import { createSync, postgresStore } from "../src/index.ts";
import { startSyncChild } from "./child.ts";
import { simClient, simulatorIds, storeIds, usePostgres } from "./helpers.ts";

const postgres = usePostgres();
const WINDOW_MS = 500; // Missive's limits, 120× faster: 900 requests per 7.5 s
const data = { conversations: 200, contacts: 200 };

it("three workers, one killed mid-run: an exact copy, no 429, about one worker's requests", async () => {
  // What one worker alone needs for this account.
  const alone = await startSimulator({ seed: 5, rateLimit: false, data });
  let baseline: number;
  try {
    const store = postgresStore(await postgres.freshUrl());
    const sync = createSync({ client: simClient(alone), store });
    baseline = (await sync.run()).requests;
    await sync.close();
  } finally {
    await alone.stop();
  }

  const redis = await startRedisServer();
  const sim = await startSimulator({
    seed: 5,
    latencyMs: 10,
    rateLimit: { windowMs: WINDOW_MS },
    data,
  });
  try {
    const url = await postgres.freshUrl();
    const env = { SYNC_WINDOW_MS: String(WINDOW_MS) };
    const workers = [0, 1, 2].map(() =>
      startSyncChild([sim.url, "postgres", url, "5000", redis.url], env),
    );
    const victim = workers[1] as (typeof workers)[number];
    // Killed while it holds claimed conversations: its first group of lists is in.
    await victim.printed('"stream":"nested"');
    victim.process.kill("SIGKILL");
    const ends = await Promise.all(workers.map((w) => w.exited));
    expect(ends).toEqual([0, "SIGKILL", 0]);

    const store = postgresStore(url);
    await store.open();
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    expect((await store.pending()).total).toBe(0);
    await store.close();
    expect(sim.stats.rateLimited).toBe(0);
    // Each worker walks the cheap streams once more when it finds them done; the pages and
    // lists are fetched once, bar the killed worker's claims in flight. On this small account
    // (about 450 requests) those in-flight claims alone can be a few percent, and how many
    // depends on when the kill lands on a loaded machine: the test allows 20 %, and the bench
    // (`pnpm --filter @missive-ts/sync bench`, 8,800 requests) shows the 10 % goal.
    expect(sim.stats.requests).toBeLessThanOrEqual(baseline * 1.2);
  } finally {
    await sim.stop();
    await redis.stop();
  }
});

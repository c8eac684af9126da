/**
 * `pnpm --filter @missive-ts/sync bench`: one run against the simulator with Missive's rate
 * limits time-scaled (the "minute" is BENCH_WINDOW_MS, default 300 ms; the long window 15×):
 * backfill into SQLite and Postgres, distributed, crash, incremental, search, memory.
 * BENCH_CONVERSATIONS (default 2,000) sets the account's size. BENCH_ONLY=search runs the search
 * part alone; BENCH_ONLY=incremental the SQLite backfill and the incremental runs after it.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMissiveClient } from "@missive-ts/client";
import { startRedisServer } from "@missive-ts/mock/redis";
import { startSimulator } from "@missive-ts/sim";
import pg from "pg";
import { createSync, postgresStore, type SyncStore, sqliteStore } from "../src/index.ts";
import { startSyncChild } from "../test/child.ts";
import { differences, simulatorIds, storeIds } from "../test/exact-copy.ts";
import { startPostgres } from "../test/postgres-server.ts";
import { runChild } from "./child-run.ts";
import { previousPostgresSearch, previousSqliteSearch, type Search } from "./previous-search.ts";
import { fillMessages, filteredQueries, measureSearch, plainQueries } from "./search.ts";

const N = Number(process.env.BENCH_CONVERSATIONS ?? 2_000);
const W = Number(process.env.BENCH_WINDOW_MS ?? 300);
const SEARCH_MESSAGES = Number(process.env.BENCH_SEARCH_MESSAGES ?? 100_000);
const ONLY = process.env.BENCH_ONLY;
const data = {
  conversations: N,
  messagesPerConversation: 10,
  commentsPerConversation: 2,
  postsPerConversation: 1,
  draftsPerConversation: 1,
  contacts: Math.round(N * 2.5),
  contactBooks: 2,
};
const rows: string[][] = [];
const add = (...cells: (string | number)[]) => rows.push(cells.map(String));

const dir = mkdtempSync(join(tmpdir(), "missive-sync-bench-"));
const postgres = await startPostgres();
const redis = await startRedisServer();
const sim = await startSimulator({ seed: 1, rateLimit: { windowMs: W }, data });
const env = { SYNC_WINDOW_MS: String(W), BENCH_CONVERSATIONS: String(N) };
/**
 * Requests per second against the ceiling (900 per 15 windows), and against the most the two
 * sliding windows let a limiter starting empty send in that time (its first burst included).
 */
const ceiling = (requests: number, ms: number) => {
  const rate = (requests * 1_000) / ms;
  const allowed = Math.min(300 * Math.ceil(ms / W), 900 * Math.ceil(ms / (15 * W)));
  return `${rate.toFixed(0)}/s (ceiling ${(60_000 / W).toFixed(0)}/s); ${Math.round((100 * requests) / allowed)} % of what the windows allow in that time`;
};
/** Lets the simulator's windows empty, so that each step starts as a fresh day would. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 15 * W + 250));
/** Whether an open store holds exactly the simulator's ids. */
const exactNow = async (store: SyncStore) => {
  const diff = differences(simulatorIds(sim), await storeIds(store));
  return diff.length === 0 ? "exact" : `DIFFERS ${diff.join("; ")}`;
};
const exact = async (store: SyncStore) => {
  await store.open();
  const verdict = await exactNow(store);
  await store.close();
  return verdict;
};
const stats = () => ({
  requests: sim.stats.requests,
  limited: sim.stats.rateLimited,
  at: Date.now(),
});

try {
  console.error(
    `bench: ${N} conversations, ~${N * 10} messages, ${data.contacts} contacts; window ${W} ms`,
  );
  let quarters: number[] = [];
  if (ONLY !== "search") {
    // 1, 2. Backfill, in a child process each (its peak RSS sampled).
    let pgRequests = 0;
    const kinds =
      ONLY === "incremental" ? (["sqlite"] as const) : (["sqlite", "postgres"] as const);
    for (const kind of kinds) {
      const where =
        kind === "sqlite"
          ? join(dir, "backfill.sqlite")
          : await postgres.createDatabase("backfill");
      await settle();
      const before = stats();
      const run = await runChild([sim.url, kind, where], env);
      const ms = Date.now() - before.at;
      const requests = sim.stats.requests - before.requests;
      if (kind === "postgres") pgRequests = requests;
      else quarters = run.peakRssByQuarter;
      const store = kind === "sqlite" ? sqliteStore(where) : postgresStore(where);
      add(
        `backfill ${kind}`,
        requests,
        `${(ms / 1_000).toFixed(1)} s`,
        ceiling(requests, ms),
        sim.stats.rateLimited - before.limited,
        await exact(store),
      );
    }
    // 3. Distributed: three workers on one Postgres and one Redis, one killed.
    if (ONLY === undefined) {
      const url = await postgres.createDatabase("distributed");
      await settle();
      const before = stats();
      const workers = [0, 1, 2].map(() =>
        startSyncChild([sim.url, "postgres", url, "5000", redis.url], env),
      );
      await workers[1]?.printed('"stream":"nested"');
      workers[1]?.process.kill("SIGKILL");
      const ends = await Promise.all(workers.map((w) => w.exited));
      const ms = Date.now() - before.at;
      const requests = sim.stats.requests - before.requests;
      const ratio = `${Math.round((100 * requests) / pgRequests)} % of one worker's`;
      add(
        "distributed (3 workers, 1 killed)",
        requests,
        `${(ms / 1_000).toFixed(1)} s`,
        `${ceiling(requests, ms)}; ${ratio}; ends ${ends.join(",")}`,
        sim.stats.rateLimited - before.limited,
        await exact(postgresStore(url)),
      );
    }
    // 4. Crash: kill -9 three times during a SQLite backfill, then resume.
    if (ONLY === undefined) {
      const path = join(dir, "crash.sqlite");
      await settle();
      const before = stats();
      // One Redis budget across the restarts: a new process knows what the killed one spent.
      const args = [sim.url, "sqlite", path, "60000", redis.url];
      for (const lines of [30, 200, 400]) await runChild(args, env, lines);
      await runChild(args, env);
      const ms = Date.now() - before.at;
      const requests = sim.stats.requests - before.requests;
      add(
        "crash: kill -9 ×3, resume (sqlite, Redis limiter)",
        requests,
        `${(ms / 1_000).toFixed(1)} s`,
        ceiling(requests, ms),
        sim.stats.rateLimited - before.limited,
        await exact(sqliteStore(path)),
      );
    }
    // 5. Incremental: 50 conversations get a new message (10 of them also lose their oldest
    // message, 10 others have a draft edited: changes that leave the counts as they were),
    // then a second run on the first copy.
    {
      const client = createMissiveClient({
        token: "missive_pat-BENCH0123456789",
        baseUrl: sim.url,
        rateLimit: { windowMs: W },
      });
      const targets = sim.state.conversations
        .filter((_, i) => i % Math.floor(N / 50) === 0)
        .slice(0, 50) as { id: string }[];
      const edited: string[] = [];
      for (const [i, c] of targets.entries()) {
        const oldest = sim.state.nested.list(c, "messages").at(-1);
        const draft = sim.state.nested.list(c, "drafts")[0];
        if (i < 10 && oldest) sim.app.deleteMessage(String(oldest.id));
        if (i >= 10 && i < 20 && draft) {
          sim.app.editDraft(String(draft.id), { preview: "Edited in the app" });
          edited.push(String(draft.id));
        }
      }
      for (const c of targets)
        await client.messages.create({
          account: "x",
          conversation: c.id,
          from_field: { address: "new@example.com" },
          to_fields: [{ address: "me@sim.test" }],
          body: "<p>news</p>",
        } as never);
      const store = sqliteStore(join(dir, "backfill.sqlite"));
      const quiet = createSync({ client, store });
      await settle();
      const before = stats();
      const byOperation = { ...sim.stats.byOperation };
      const run = await quiet.run();
      const editedIn = [...(await store.raws("drafts", edited)).values()].filter(
        (draft) => (draft as { preview?: string }).preview === "Edited in the app",
      );
      const used = Object.entries(sim.stats.byOperation)
        .map(([op, n]) => [op, n - (byOperation[op] ?? 0)] as const)
        .filter(([, n]) => n > 0);
      add(
        "incremental (50 changed: a new message each, 10 lost their oldest, 10 a draft edited)",
        run.requests,
        `${(run.elapsedMs / 1_000).toFixed(1)} s`,
        used.map(([op, n]) => `${op} ${n}`).join(", "),
        sim.stats.rateLimited - before.limited,
        `${await exactNow(store)}; ${editedIn.length}/${edited.length} edited drafts`,
      );
      const again = await quiet.run();
      add(
        "no change",
        again.requests,
        `${(again.elapsedMs / 1_000).toFixed(1)} s`,
        "",
        0,
        await exact(store),
      );
      await quiet.close();
    }
  }
  // 6. Search latency, each store's query against its previous shape (same data, same run).
  const searched = ONLY === undefined || ONLY === "search" ? (["sqlite", "postgres"] as const) : [];
  for (const kind of searched) {
    const url = kind === "postgres" ? await postgres.createDatabase("search") : "";
    const path = join(dir, "search.sqlite");
    const store = kind === "sqlite" ? sqliteStore(path) : postgresStore(url);
    await store.open();
    const started = Date.now();
    const words = await fillMessages(store, SEARCH_MESSAGES);
    const fill = Date.now() - started;
    // What autovacuum does in a live database: statistics for the planner after a bulk load.
    if (kind === "postgres") {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("ANALYZE");
      await client.end();
    }
    const previous =
      kind === "sqlite" ? await previousSqliteSearch(path) : previousPostgresSearch(url);
    const search: Search = (query, options) => store.search(query, options);
    const mixes = [
      ["", plainQueries(words)],
      [", filtered", filteredQueries(words, SEARCH_MESSAGES)],
    ] as const;
    for (const [label, queries] of mixes) {
      const { now, before, hits, identical } = await measureSearch(search, previous, queries);
      add(
        `search ${kind} (${SEARCH_MESSAGES} messages${label})`,
        "",
        `p50 ${now.p50} ms, p95 ${now.p95} ms`,
        `previous query: p50 ${before.p50} ms, p95 ${before.p95} ms (p95 ${(before.p95 / now.p95).toFixed(1)}× the new); ` +
          `identical hits in ${identical}/${queries.length} queries; ${hits} hits; filled in ${(fill / 1_000).toFixed(0)} s`,
        "",
        label === "" ? (now.p95 < 50 ? "goal met" : "over 50 ms") : "",
      );
    }
    await previous.end();
    await store.close();
  }
  if (quarters.length > 0)
    add(
      "memory (sqlite backfill child)",
      "",
      `peak RSS ${quarters.join(" / ")} MiB`,
      "at 25 / 50 / 75 / 100 % of conversations",
      "",
      "",
    );
} finally {
  await sim.stop();
  await redis.stop();
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

const header = ["step", "requests", "time", "rate / detail", "429s", "copy"];
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
process.exit(0);

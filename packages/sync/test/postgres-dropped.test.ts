/**
 * Postgres drops the sync's connections mid-run (a restart, a failover, an admin's
 * `pg_terminate_backend`): the run either carries on on fresh connections or ends with a
 * `SyncStoreError` naming the server (which of the two depends on what was in flight), never
 * with an unhandled 'error' event that kills the process with a stack or a raw driver error;
 * a rerun makes the copy exact.
 */
import pg from "pg";
import { expect, it } from "vitest";
import { createSync, postgresStore } from "../src/index.ts";
import { simClient, simulatorIds, storeIds, usePostgres, useSimulator } from "./helpers.ts";

const postgres = usePostgres();
const sim = useSimulator({ seed: 13, latencyMs: 10, data: { conversations: 30, contacts: 10 } });

it("survives Postgres dropping its connections mid-run (recovers, or a SyncStoreError naming the server); a rerun is exact", async () => {
  const url = await postgres.freshUrl();
  const database = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: postgres.server().url });
  await admin.connect();
  const store = postgresStore(url);
  const sync = createSync({ client: simClient(sim()), store });
  let dropped: Promise<unknown> | undefined;
  const run = sync.run({
    onProgress: (p) => {
      // While a stream holds its advisory lock on a connection of its own, idle between queries.
      if (p.stream.startsWith("conversations:") && !dropped)
        dropped = admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
          [database],
        );
    },
  });
  const error = await run.then(() => undefined).catch((e: unknown) => e);
  await dropped;
  await admin.end();
  expect(dropped).toBeDefined();
  if (error !== undefined) {
    expect(error).toMatchObject({ name: "SyncStoreError", reason: "unreachable" });
    expect((error as Error).message).toMatch(/Cannot reach Postgres at 127\.0\.0\.1:\d+\//);
  }
  await sync.close();
  const copy = postgresStore(url);
  const again = createSync({ client: simClient(sim()), store: copy });
  await again.run();
  expect(await storeIds(copy)).toEqual(simulatorIds(sim()));
  await again.close();
}, 60_000);

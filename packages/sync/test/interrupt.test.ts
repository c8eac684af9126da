/**
 * Ctrl-C (an aborted `signal`) in the middle of the conversations' lists, then a rerun: the
 * interrupted run gives its claimed conversations back, so the rerun takes them at once
 * instead of waiting out their lease (5 minutes by default), and the copy is exact.
 */
import { hostname } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createSync, sqliteStore } from "../src/index.ts";
import {
  type StoreKind,
  simClient,
  simulatorIds,
  storeFactory,
  storeIds,
  tempDir,
  usePostgres,
  useSimulator,
} from "./helpers.ts";

const postgres = usePostgres();
const fresh = storeFactory(postgres);
// Latency keeps a group's lists in flight when the abort comes.
const sim = useSimulator({ seed: 12, latencyMs: 20, data: { conversations: 40, contacts: 10 } });

it.each<StoreKind>(["sqlite", "postgres"])(
  "%s: an interrupted run leaves no claim behind, and the rerun finishes at once",
  async (kind) => {
    const store = await fresh(kind);
    const first = createSync({ client: simClient(sim()), store });
    const controller = new AbortController();
    const run = first.run({
      signal: controller.signal,
      onProgress: (p) => {
        // A moment later: both lanes have claimed their next group and are fetching it.
        if (p.stream === "nested") setTimeout(() => controller.abort(), 15);
      },
    });
    await expect(run).rejects.toThrow();
    expect((await store.pending()).total).toBeGreaterThan(0);
    expect((await store.pending()).claimed).toBe(0);
    await first.close();

    // Before, a Postgres rerun waited for the lease of those claims to run out.
    const rerun = createSync({ client: simClient(sim()), store });
    await rerun.run();
    expect(await storeIds(store)).toEqual(simulatorIds(sim()));
    await rerun.close();
  },
  60_000,
);

it("sqlite: a reader opening the file during a run leaves that run's claims; a dead run's go", async () => {
  const path = join(tempDir(), "copy.sqlite");
  const running = sqliteStore(path);
  await running.open();
  await running.write({
    pendingAdd: [1, 2, 3, 4].map((n) => ({ conversationId: `c${n}`, lastActivityAt: n })),
  });
  // Worker ids are host:pid:random (create-sync.ts): this process is alive, pid 2^22+1 is not.
  await running.claim(`${hostname()}:${process.pid}:live`, 2, 60_000);
  await running.claim(`${hostname()}:${2 ** 22 + 1}:dead`, 1, 60_000);
  const reader = sqliteStore(path);
  await reader.open();
  expect(await reader.pending()).toEqual({ total: 4, claimed: 2 });
  await reader.close();
  await running.close();
});

/**
 * Crash safety: a sync process killed with SIGKILL mid-run (three times, at different points),
 * then run again, leaves an exact copy: every row once, nothing lost.
 */
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSync, sqliteStore } from "../src/index.ts";
import { startSyncChild } from "./child.ts";
import { simClient, simulatorIds, storeIds, tempDir } from "./helpers.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  // Some latency, so that a kill lands in the middle of the work.
  sim = await startSimulator({
    seed: 11,
    rateLimit: false,
    latencyMs: 3,
    data: { conversations: 120 },
  });
});
afterAll(async () => {
  await sim?.stop();
});

it("kill -9 three times during a backfill, then a rerun: an exact copy", async () => {
  const path = join(tempDir(), "crash.sqlite");
  const kills: number[] = [];
  for (const after of [3, 12, 25]) {
    const child = startSyncChild([sim.url, "sqlite", path]);
    await child.progressed(after);
    child.process.kill("SIGKILL");
    expect(await child.exited).toBe("SIGKILL");
    expect(child.output()).not.toContain('"done"');
    kills.push(after);
  }
  expect(kills).toHaveLength(3);
  const store = sqliteStore(path);
  const sync = createSync({ client: simClient(sim), store });
  // The killed runs left a partial copy (committed pages), which the rerun completes.
  const partial = await sync.status();
  expect(partial.rows.conversations).toBeGreaterThan(0);
  await sync.run();
  expect(await storeIds(store)).toEqual(simulatorIds(sim));
  expect((await sync.status()).pending).toBe(0);
  await sync.close();
});

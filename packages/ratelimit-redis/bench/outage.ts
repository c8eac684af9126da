/**
 * Redis is stopped for 3 s in the middle of a run, then started again (empty, on the same
 * port). The store fails closed: nothing new reaches the server while Redis is down; the
 * workers' calls fail with RedisRateLimitStoreError and they carry on once Redis is back.
 */
import type { RunningRedis } from "@missive-ts/mock/redis";
import { startRedisServer } from "@missive-ts/mock/redis";
import { startSim, startWorkers, stopWorkers } from "./processes.ts";
import { LEASE_MS, PARALLEL, simOptions, sleep, WINDOW_MS, WORKERS } from "./scale.ts";
import type { Row } from "./table.ts";

const OUTAGE_MS = 3_000;

export async function benchOutage(
  server: RunningRedis,
): Promise<{ row: Row; server: RunningRedis }> {
  const sim = await startSim(simOptions());
  let current = server;
  try {
    const config = {
      simUrl: sim.url,
      redisUrl: server.url,
      windowMs: WINDOW_MS,
      leaseMs: LEASE_MS,
      parallel: PARALLEL,
    };
    const workers = await startWorkers(WORKERS, config);
    await sleep(2_000);
    await current.stop();
    const atStop = await sim.stats();
    await sleep(OUTAGE_MS);
    const atRestart = await sim.stats();
    current = await startRedisServer({ port: server.port });
    const restartedAt = performance.now();
    let resumedMs = Number.NaN;
    while (performance.now() - restartedAt < 3_000) {
      if (Number.isNaN(resumedMs) && (await sim.stats()).requests > atRestart.requests) {
        resumedMs = performance.now() - restartedAt;
      }
      await sleep(10);
    }
    const counts = await stopWorkers(workers);
    const stats = await sim.stats();
    return {
      server: current,
      row: {
        scenario: `Redis stopped ${OUTAGE_MS / 1000} s mid-run, then restarted empty (fail closed)`,
        tooMany: stats.rateLimited,
        maxInFlight: stats.maxInFlight,
        ceiling: "n/a",
        notes:
          `requests reaching the server while Redis was down: ${atRestart.requests - atStop.requests} ` +
          `(${atStop.inFlight} were in flight at the stop); calls refused by the store: ${counts.errors.RedisRateLimitStoreError ?? 0}; ` +
          `first request ${resumedMs.toFixed(0)} ms after the restart; 429s after the restart: ${stats.rateLimited - atRestart.rateLimited}; ` +
          `client errors ${JSON.stringify(counts.errors)}`,
      },
    };
  } finally {
    await sim.stop();
  }
}

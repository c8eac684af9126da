/**
 * A worker is killed with SIGKILL while it holds slots (answers take 200 ms here, so it always
 * does): the others keep going on the slots left, and the dead worker's slots come back once
 * their leases (LEASE_MS) expire.
 */
import type { Redis } from "ioredis";
import { startSim, startWorkers, stopWorkers } from "./processes.ts";
import { LEASE_MS, PARALLEL, simOptions, sleep, WINDOW_MS, WORKERS } from "./scale.ts";
import type { Row } from "./table.ts";

export async function benchKill(redis: Redis, redisUrl: string, leasesKey: string): Promise<Row> {
  await redis.flushall();
  const sim = await startSim(simOptions(200));
  try {
    const config = {
      simUrl: sim.url,
      redisUrl,
      windowMs: WINDOW_MS,
      leaseMs: LEASE_MS,
      parallel: PARALLEL,
    };
    const workers = await startWorkers(WORKERS, { ...config, reportLeases: true });
    const [victim, ...survivors] = workers;
    if (!victim) throw new Error("no workers");
    await sleep(1_000);
    while (victim.held.length === 0) await sleep(5);
    victim.child.kill("SIGKILL");
    const killedAt = performance.now();
    const orphaned = [...victim.held];
    // Which of them the dead process really left behind (it may have released one meanwhile).
    const left = async () =>
      (await Promise.all(orphaned.map((lease) => redis.zscore(leasesKey, lease)))).filter(
        (s) => s !== null,
      ).length;
    const stranded = await left();
    const before = (await sim.stats()).requests;
    while ((await left()) > 0) await sleep(10);
    const reclaimedMs = performance.now() - killedAt;
    const during = (await sim.stats()).requests - before;
    await sleep(2_000);
    const counts = await stopWorkers(survivors);
    const stats = await sim.stats();
    return {
      scenario: `kill -9 of 1 of ${WORKERS} workers holding ${stranded} slot(s) (answers take 200 ms)`,
      tooMany: stats.rateLimited,
      maxInFlight: stats.maxInFlight,
      ceiling: "n/a (bound by 5 slots × 200 ms)",
      notes: `slots back after ${reclaimedMs.toFixed(0)} ms (lease ${LEASE_MS} ms); the other ${survivors.length} sent ${during} requests meanwhile, ${stats.requests} in all; client errors ${JSON.stringify(counts.errors)}`,
    };
  } finally {
    await sim.stop();
  }
}

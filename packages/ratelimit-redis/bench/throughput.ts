/**
 * Four workers share one token for two long windows, with the Redis store or each with its own
 * limiter. Throughput is measured in the second long window, once the sliding windows are in
 * their steady state, against the ceiling of 900 per long window.
 */
import type { Redis } from "ioredis";
import { startSim, startWorkers, stopWorkers } from "./processes.ts";
import {
  LEASE_MS,
  LIMITS,
  LONG_WINDOW_MS,
  PARALLEL,
  simOptions,
  sleep,
  WINDOW_MS,
  WORKERS,
} from "./scale.ts";
import type { Row } from "./table.ts";

export async function benchThroughput(redis: Redis | undefined, redisUrl: string): Promise<Row> {
  await redis?.flushall();
  const sim = await startSim(simOptions());
  try {
    const workers = await startWorkers(WORKERS, {
      simUrl: sim.url,
      ...(redis ? { redisUrl } : {}),
      windowMs: WINDOW_MS,
      leaseMs: LEASE_MS,
      parallel: PARALLEL,
    });
    const admitted = async () => {
      const stats = await sim.stats();
      return stats.requests - stats.rateLimited;
    };
    await sleep(LONG_WINDOW_MS);
    const before = await admitted();
    await sleep(LONG_WINDOW_MS);
    const steady = (await admitted()) - before;
    const counts = await stopWorkers(workers);
    const stats = await sim.stats();
    return {
      scenario: `${WORKERS} workers × ${PARALLEL} walks, one token, ${redis ? "Redis store" : "no shared store (a limiter each)"}`,
      tooMany: stats.rateLimited,
      maxInFlight: stats.maxInFlight,
      ceiling: `${steady} / ${LIMITS.per15Minutes} = ${((100 * steady) / LIMITS.per15Minutes).toFixed(1)} %`,
      notes: `${stats.requests} requests in ${(2 * LONG_WINDOW_MS) / 1000} s; client errors ${JSON.stringify(counts.errors)}`,
    };
  } finally {
    await sim.stop();
  }
}

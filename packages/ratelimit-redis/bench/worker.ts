/**
 * One worker process of the benchmark: a client with the shared token walking conversations
 * in `parallel` loops until told to stop, with the Redis store (BENCH_WORKER.redisUrl) or with
 * its own in-memory limiter. Reports what it sent and what came back; when `reportLeases` is
 * set, sends the leases it holds after every change (so the harness can kill -9 it mid-request).
 */
import { createMissiveClient, type RateLimitStore } from "@missive-ts/client";
import { createRedisRateLimitStore } from "../src/index.ts";

export interface WorkerConfig {
  simUrl: string;
  redisUrl?: string;
  windowMs: number;
  leaseMs: number;
  parallel: number;
  reportLeases?: boolean;
}

export interface WorkerCounts {
  requests: number;
  tooMany: number;
  errors: Record<string, number>;
}

const config = JSON.parse(process.env.BENCH_WORKER ?? "{}") as WorkerConfig;
const counts: WorkerCounts = { requests: 0, tooMany: 0, errors: {} };
const redisStore = config.redisUrl
  ? createRedisRateLimitStore({ url: config.redisUrl, timeoutMs: 300 })
  : undefined;

/** The Redis store, telling the harness which leases this process holds. */
function reporting(store: RateLimitStore): RateLimitStore {
  const held = new Set<string>();
  const report = () => process.send?.({ held: [...held] });
  return {
    async tryAcquire(scope, request) {
      const grant = await store.tryAcquire(scope, request);
      if (grant.granted) held.add(grant.lease);
      report();
      return grant;
    },
    async release(scope, lease, answeredAt) {
      held.delete(lease);
      report();
      await store.release(scope, lease, answeredAt);
    },
    pauseUntil: (scope, until) => store.pauseUntil(scope, until),
    onRelease: (scope, listener) => store.onRelease?.(scope, listener) ?? (() => {}),
  };
}

const store = redisStore && config.reportLeases ? reporting(redisStore) : redisStore;
const missive = createMissiveClient({
  token: "missive_pat-BENCH-SHARED-TOKEN",
  baseUrl: config.simUrl,
  rateLimit: {
    windowMs: config.windowMs,
    leaseMs: config.leaseMs,
    ...(store ? { store } : {}),
  },
  fetch: async (request) => {
    counts.requests++;
    const response = await fetch(request);
    if (response.status === 429) counts.tooMany++;
    return response;
  },
});

let running = false;
async function walkUntilStopped(): Promise<void> {
  while (running) {
    try {
      for await (const _ of missive.conversations.listAll({ inbox: true, limit: 50 })) {
        if (!running) break;
      }
    } catch (error) {
      const name = error instanceof Error ? error.name : "Error";
      counts.errors[name] = (counts.errors[name] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

let loops: Promise<void>[] = [];
process.on("message", async (message) => {
  if (message === "go") {
    running = true;
    loops = Array.from({ length: config.parallel }, walkUntilStopped);
  } else if (message === "stop") {
    running = false;
    await Promise.all(loops);
    await redisStore?.close();
    process.send?.({ counts }, () => process.exit(0));
  }
});
process.send?.({ ready: true });

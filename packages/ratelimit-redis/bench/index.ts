/**
 * `pnpm bench`: four worker processes share one Missive token against the simulator (Missive's
 * limits at the real ratios, 60× faster), with and without the Redis store, then a worker killed
 * with kill -9 and Redis stopped mid-run. One real redis-server throughout; one table.
 */

import { createHash } from "node:crypto";
import { startRedisServer } from "@missive-ts/mock/redis";
import { Redis } from "ioredis";
import { measureOffsetPages, OFFSET_PAGES_TITLE } from "../../client/bench/offset-pages.ts";
import { benchKill } from "./kill.ts";
import { benchOutage } from "./outage.ts";
import { LATENCY_MS, LEASE_MS, LIMITS, WINDOW_MS } from "./scale.ts";
import { printTable, type Row } from "./table.ts";
import { benchThroughput } from "./throughput.ts";

console.log(
  `@missive-ts/ratelimit-redis benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`,
);
console.log(
  `Limits: ${LIMITS.concurrent} concurrent, ${LIMITS.perMinute} per ${WINDOW_MS} ms, ${LIMITS.per15Minutes} per ${15 * WINDOW_MS} ms (Missive's ratios, 60× faster); answers take ${LATENCY_MS} ms; leases ${LEASE_MS} ms.\n`,
);
let server = await startRedisServer();
const redis = new Redis(server.url);
const scope = createHash("sha256").update("missive_pat-BENCH-SHARED-TOKEN").digest("hex");
try {
  const rows: Row[] = [];
  rows.push(await benchThroughput(redis, server.url));
  rows.push(await benchThroughput(undefined, server.url));
  rows.push(await benchKill(redis, server.url, `missive:ratelimit:{${scope}}:leases`));
  redis.disconnect();
  const outage = await benchOutage(server);
  server = outage.server;
  rows.push(outage.row);
  // #15 item 5 (one process, real-time limits): the client's concurrent offset pages.
  for (const walk of await measureOffsetPages()) {
    rows.push({
      scenario: `offset pages, ${walk.walk}: ${OFFSET_PAGES_TITLE}`,
      tooMany: walk.tooMany,
      maxInFlight: walk.maxInFlight,
      ceiling: `${walk.seconds.toFixed(2)} s / ${walk.ceilingSeconds.toFixed(2)} s = ${(walk.seconds / walk.ceilingSeconds).toFixed(2)} × the least time`,
      notes: `${walk.requests} requests`,
    });
  }
  printTable(rows);
} finally {
  redis.disconnect();
  await server.stop();
}

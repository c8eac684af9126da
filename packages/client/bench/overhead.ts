/**
 * Per-request overhead: the same GET /users, sequentially, through plain `fetch`, bare
 * openapi-fetch and the Missive client (all middleware on), against a local node:http server.
 * Variants run in interleaved rounds (the order rotates each round) so drift hits all alike.
 */
import { createMissiveClient } from "@missive-ts/client";
import type { paths } from "@missive-ts/schema";
import createClient from "openapi-fetch";
import { fixed, printTable, summarize } from "./stats.ts";
import { startUsersServer } from "./users-server.ts";

export const WARMUP_PER_VARIANT = 500;
export const ROUNDS = 20;
export const PER_ROUND = 100; // ROUNDS × PER_ROUND = 2,000 measured requests per variant
export const GOAL_RATIO = 1.1;

/**
 * Everything on (limiter with 5 concurrent, retries, per-attempt timeout, token, body guard),
 * but the two request windows raised far above what a benchmark can reach, so the limiter still
 * runs on every request without ever making one wait.
 */
export const RAISED_WINDOWS = {
  concurrent: 5,
  perMinute: 1_000_000_000,
  per15Minutes: 1_000_000_000,
};

const TOKEN = "bench-token";

interface Variant {
  name: string;
  run: () => Promise<unknown>;
  baseline?: boolean;
  goal?: boolean;
}

function variants(url: string): Variant[] {
  const bare = createClient<paths>({ baseUrl: url });
  const allOn = { token: TOKEN, baseUrl: url, timeoutMs: 60_000, maxRetries: 2 };
  const missive = createMissiveClient({ ...allOn, rateLimit: RAISED_WINDOWS });
  const missiveForList = createMissiveClient({ ...allOn, rateLimit: RAISED_WINDOWS });
  const noLimiter = createMissiveClient({ ...allOn, rateLimit: false });
  const headers = { authorization: `Bearer ${TOKEN}` };
  return [
    {
      name: "plain fetch + json()",
      run: async () => (await fetch(`${url}/users`, { headers })).json(),
    },
    { name: "bare openapi-fetch GET", run: () => bare.GET("/users"), baseline: true },
    { name: "missive.GET (all on)", run: () => missive.GET("/users"), goal: true },
    { name: "missive.users.list() (all on)", run: () => missiveForList.users.list(), goal: true },
    { name: "missive.GET, rateLimit: false", run: () => noLimiter.GET("/users") },
  ];
}

/** Checks once that a variant really got the three users, so no variant measures an error. */
function assertUsers(name: string, result: unknown): void {
  const value = result as { data?: { users?: unknown[] }; users?: unknown[] } | unknown[];
  const users = Array.isArray(value) ? value : (value.data?.users ?? value.users);
  if (!Array.isArray(users) || users.length !== 3) {
    throw new Error(`${name}: unexpected answer ${JSON.stringify(result).slice(0, 200)}`);
  }
}

export async function benchOverhead(): Promise<void> {
  const server = await startUsersServer();
  try {
    const list = variants(server.url);
    for (const v of list) {
      assertUsers(v.name, await v.run());
      for (let i = 0; i < WARMUP_PER_VARIANT; i++) await v.run();
    }
    const samples = list.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < list.length; k++) {
        const index = (round + k) % list.length;
        const v = list[index] as Variant;
        const out = samples[index] as number[];
        for (let i = 0; i < PER_ROUND; i++) {
          const start = performance.now();
          await v.run();
          out.push(performance.now() - start);
        }
      }
    }
    const summaries = list.map((_, i) => summarize(samples[i] as number[]));
    const base = summaries[list.findIndex((v) => v.baseline)] ?? summaries[0];
    if (!base) return;
    console.log(
      `\n## Per-request overhead — GET /users (${server.url}), sequential, ` +
        `${ROUNDS}×${PER_ROUND} = ${ROUNDS * PER_ROUND} requests per variant after ${WARMUP_PER_VARIANT} warm-up, interleaved rounds`,
    );
    console.log(
      `"all on": default timeoutMs/maxRetries/token/body guard, limiter on with rateLimit ${JSON.stringify(RAISED_WINDOWS)}\n`,
    );
    printTable(
      ["variant", "mean µs", "p50 µs", "p99 µs", "mean ratio", "p50 ratio", "goal ≤ 1.10"],
      list.map((v, i) => {
        const s = summaries[i] ?? base;
        const ratio = s.meanUs / base.meanUs;
        return [
          v.name,
          fixed(s.meanUs),
          fixed(s.p50Us),
          fixed(s.p99Us),
          fixed(ratio, 3),
          fixed(s.p50Us / base.p50Us, 3),
          v.goal ? (ratio <= GOAL_RATIO ? "PASS" : "MISS") : v.baseline ? "baseline" : "",
        ];
      }),
    );
    console.log(
      "(ratios against bare openapi-fetch from this run; PASS/MISS judged on the mean ratio)",
    );
  } finally {
    await server.stop();
  }
}

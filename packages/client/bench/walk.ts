/**
 * Walks 10,000 conversations with `conversations.listAll({ inbox: true, limit: 50 })` against
 * the simulator (in a child process; no rate limit, no faults) and compares the time with the
 * least time Missive's real limits would allow for the same number of requests.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createMissiveClient } from "@missive-ts/client";
import { burstFloorSeconds, LIMITS, sustainedCeilingSeconds } from "./ceiling.ts";
import { mib, startMemorySampler } from "./memory.ts";
import { fixed } from "./stats.ts";

export const CONVERSATIONS = 10_000;
export const PAGE_LIMIT = 50;

async function startSimProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(new URL("./sim-child.ts", import.meta.url), {
    env: { ...process.env, BENCH_CONVERSATIONS: String(CONVERSATIONS) },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("simulator did not start in 60 s")), 60_000);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve((message as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`simulator exited early (code ${code})`)));
  });
  return { url, child };
}

async function stopSimProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (child.connected) child.send("stop");
  const timer = setTimeout(() => child.kill(), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function benchWalk(): Promise<void> {
  const { url, child } = await startSimProcess();
  try {
    // Warm-up: a few pages through another client, so the walk below is not the first JIT pass.
    const warm = createMissiveClient({ token: "bench-token", baseUrl: url });
    let warmed = 0;
    for await (const _ of warm.conversations.listAll({ inbox: true, limit: PAGE_LIMIT })) {
      if (++warmed >= 5 * PAGE_LIMIT) break;
    }

    let requests = 0;
    let limiterWaits = 0;
    const memory = startMemorySampler();
    // Default options: the real limits (5 / 300 per min / 900 per 15 min), retries, timeouts.
    const missive = createMissiveClient({
      token: "bench-token",
      baseUrl: url,
      fetch: (request) => {
        requests++;
        memory.sample();
        return fetch(request);
      },
      logger: { warn: () => void limiterWaits++ },
    });
    const walk = missive.conversations.listAll({ inbox: true, limit: PAGE_LIMIT });
    let items = 0;
    const start = performance.now();
    for await (const _ of walk) items++;
    const seconds = (performance.now() - start) / 1000;
    const peak = memory.stop();

    if (items !== CONVERSATIONS)
      throw new Error(`walked ${items} conversations, expected ${CONVERSATIONS}`);
    const ceiling = sustainedCeilingSeconds(requests);
    console.log(
      `\n## Walk — conversations.listAll({ inbox: true, limit: ${PAGE_LIMIT} }) over ${CONVERSATIONS} conversations (simulator in a child process, rateLimit false, no faults)\n`,
    );
    console.log(`items walked:            ${items} (possiblyTruncated: ${walk.possiblyTruncated})`);
    console.log(`requests (pages):        ${requests}`);
    console.log(
      `walk time:               ${fixed(seconds, 3)} s  (${fixed(items / seconds, 0)} items/s, ${fixed((seconds * 1000) / requests, 2)} ms/page)`,
    );
    console.log(
      `rate-limit ceiling:      ${fixed(ceiling, 1)} s  = max(${requests}/${LIMITS.perMinute} per min, ${requests}/${LIMITS.per15Minutes} per 15 min) sustained; ` +
        `${fixed(CONVERSATIONS / ceiling, 0)} items/s at most`,
    );
    console.log(
      `walk time / ceiling:     ${fixed(seconds / ceiling, 4)}  (${fixed(ceiling / seconds, 0)}× headroom)`,
    );
    console.log(
      `burst floor (empty windows, ${LIMITS.concurrent} concurrent): ${fixed(burstFloorSeconds(requests), 0)} s — ${requests} requests fit the windows at once; a cursor walk is sequential`,
    );
    console.log(`client limiter waits:    ${limiterWaits}`);
    console.log(
      `peak during walk:        RSS +${mib(peak.rssDeltaBytes)}, heap +${mib(peak.heapDeltaBytes)} over the ${peak.gcBaseline ? "post-GC " : ""}baseline (${peak.samples} samples)`,
    );
  } finally {
    await stopSimProcess(child);
  }
}

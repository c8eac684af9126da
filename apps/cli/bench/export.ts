/**
 * Export throughput: `missive export conversations` (built dist/, a real process) against the
 * simulator with 10,000 conversations, compared with the fastest walk Missive's rate limits
 * allow for the same number of requests (300 per minute, 900 per 15 minutes).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSimulator } from "@missive-ts/sim";

const conversations = 10_000;

/**
 * Seconds before the n-th request may start when requests go as early as the sliding windows
 * allow: request k waits for request k−300 to leave the minute window and k−900 the 15-minute one.
 */
function fastestSchedule(n: number): number {
  const start: number[] = [];
  for (let k = 0; k < n; k++) {
    start.push(
      Math.max(0, (start[k - 300] ?? -Infinity) + 60, (start[k - 900] ?? -Infinity) + 900),
    );
  }
  return start.at(-1) ?? 0;
}
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const sim = await startSimulator({ seed: 7, data: { conversations }, rateLimit: false });
const dir = await mkdtemp(join(tmpdir(), "missive-export-bench-"));
try {
  const output = join(dir, "conversations.ndjson");
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [cli, "export", "conversations", "--inbox", "--output", output],
      {
        env: { ...process.env, MISSIVE_API_TOKEN: "missive_pat-bench", MISSIVE_BASE_URL: sim.url },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    child.on("exit", resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`missive export exited with ${code}`);
  const lines = (await readFile(output, "utf8")).trim().split("\n").length;
  const requests = sim.stats.requests;
  const ceiling = fastestSchedule(requests);
  console.log(
    `\n## Export — missive export conversations (${conversations} in the simulator; the CLI's client keeps Missive's real limits)\n`,
  );
  console.log(`exported:        ${lines} conversations in ${requests} requests`);
  console.log(
    `time:            ${seconds.toFixed(2)} s (${Math.round(lines / seconds)} conversations/s), process start included`,
  );
  console.log(
    `rate-limit ceiling: ${ceiling.toFixed(1)} s — the earliest the last of ${requests} requests may start under 300/min and 900/15 min`,
  );
  console.log(
    ceiling > 0
      ? `time / ceiling:  ${(seconds / ceiling).toFixed(2)} (1.00 = as fast as the limits allow)`
      : "time / ceiling:  n/a — every request fits the limits' first burst: the CLI and the network alone set the pace",
  );
} finally {
  await rm(dir, { recursive: true, force: true });
  await sim.stop();
}

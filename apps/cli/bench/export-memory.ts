/**
 * Memory of `missive export contacts` (built dist/, a real process) against the simulator with
 * 20,000 and then 100,000 contacts, compared with the floor measured in the same run: a bare
 * `node` process that makes one `fetch` to the same simulator. Peak RSS of each process comes
 * from getrusage (bench/peak-rss.mjs). Goals (#13 point 18): export ≤ floor + 25 MiB, and flat
 * from 20k to 100k. Prints PASS/MISS; never fails on them.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSimulator } from "@missive-ts/sim";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const preload = new URL("./peak-rss.mjs", import.meta.url).href;
const MiB = 1024 * 1024;
const dir = await mkdtemp(join(tmpdir(), "missive-export-memory-"));

/** Runs `node --import peak-rss.mjs …args` and returns its peak RSS in bytes. */
async function peakRss(name: string, args: string[], env: Record<string, string>) {
  const file = join(dir, `${name}.rss`);
  let stderr = "";
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ["--import", preload, ...args], {
      env: { ...process.env, ...env, PEAK_RSS_FILE: file },
      stdio: ["ignore", "ignore", "pipe"],
    });
    // Kept short: the rate-limit waits are expected; only a failure's last words matter.
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2_000);
    });
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`${name} exited with ${code}: ${stderr}`);
  return Number(await readFile(file, "utf8"));
}

const rows: Array<{ contacts: number; rss: number; lines: number; seconds: number }> = [];
let floor = Number.POSITIVE_INFINITY;
try {
  for (const contacts of [20_000, 100_000]) {
    const sim = await startSimulator({
      seed: 18,
      rateLimit: false,
      data: { contacts, contactBooks: 1 },
    });
    try {
      const book = String(sim.state.contactBooks[0]?.id);
      const fetchOnce = `await fetch(${JSON.stringify(`${sim.url}/users`)}, { headers: { authorization: "Bearer x" } }).then((r) => r.text());`;
      floor = Math.min(floor, await peakRss("floor", ["--input-type=module", "-e", fetchOnce], {}));
      const output = join(dir, `contacts-${contacts}.ndjson`);
      const started = performance.now();
      const rss = await peakRss(
        `export-${contacts}`,
        [cli, "export", "contacts", "--contact-book", book, "--output", output],
        { MISSIVE_API_TOKEN: "missive_pat-bench", MISSIVE_BASE_URL: sim.url },
      );
      const seconds = (performance.now() - started) / 1000;
      const lines = (await readFile(output, "utf8")).trimEnd().split("\n").length;
      if (lines !== contacts) throw new Error(`exported ${lines} of ${contacts} contacts`);
      rows.push({ contacts, rss, lines, seconds });
      await rm(output);
    } finally {
      await sim.stop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
console.log("\n## Export memory — missive export contacts (peak RSS of the process, getrusage)\n");
console.log(`floor: bare \`node\` making one fetch          ${mib(floor)} (least of 2 runs)`);
for (const row of rows) {
  console.log(
    `export of ${String(row.contacts).padStart(7)} contacts             ${mib(row.rss)}  = floor + ${mib(row.rss - floor)}  (${row.seconds.toFixed(1)} s, the client's real rate limits)`,
  );
}
const [small, large] = rows;
if (small && large) {
  const over = large.rss - floor;
  const growth = large.rss - small.rss;
  console.log(
    `goal ≤ floor + 25 MiB at 100k:               ${over <= 25 * MiB ? "PASS" : "MISS"} (${mib(over)})`,
  );
  console.log(
    `flat from 20k to 100k (growth ≤ 5 MiB):      ${growth <= 5 * MiB ? "PASS" : "MISS"} (${growth >= 0 ? "+" : ""}${mib(growth)} for 5× the contacts)`,
  );
}

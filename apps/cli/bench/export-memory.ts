/**
 * Memory of a fast `missive export contacts` (built dist/, a real process) against the
 * simulator with 20,000 and then 100,000 contacts, compared with the floor measured in the same
 * run: a bare `node` process that makes one `fetch` to the same simulator. Peak RSS of each
 * process comes from getrusage (bench/peak-rss.mjs).
 *
 * As a real export meets it (issue 24): pages of 200 (the largest `GET /contacts` allows, what
 * `listAll` sends), five offset pages at once, and Missive's real limits — 5 concurrent, 300 per
 * minute, 900 per 15 minutes — in the simulator and in the client, with the "minute" scaled
 * (`windowFor`) so that the 100,000-contact export (505 requests) waits for the window in the middle
 * of the file, as a real one does after 300 pages. Goals: peak ≤ floor + 25 MiB at 100k, and
 * less than 10 MiB more for 100k than for 20k. Prints PASS/MISS; never fails on them.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSimulator } from "@missive-ts/sim";

const child = fileURLToPath(new URL("./export-child.mjs", import.meta.url));
const preload = new URL("./peak-rss.mjs", import.meta.url).href;
const MiB = 1024 * 1024;
/**
 * The "minute" of the run: one and a half times what 300 requests take at the simulator's pace,
 * measured first (10 pages, 5 at once): short enough for a bench, long enough that the client
 * meets the per-minute budget (300) before the window ends and has to wait, as a real export
 * does after 300 pages. On a quiet machine about 10 s; a busy one (helpers sharing two cores)
 * gets a longer window rather than no wait.
 */
async function windowFor(url: string, book: string): Promise<number> {
  const started = performance.now();
  const page = (n: number) =>
    fetch(`${url}/contacts?contact_book=${book}&limit=200&offset=${n * 200}`, {
      headers: { authorization: "Bearer x" },
    }).then((r) => r.text());
  await Promise.all([0, 1, 2, 3, 4].map(async (k) => page(k).then(() => page(k + 5))));
  const perRequestMs = (performance.now() - started) / 10;
  return Math.max(10_000, Math.ceil((300 * perRequestMs * 1.5) / 1000) * 1000);
}
const dir = await mkdtemp(join(tmpdir(), "missive-export-memory-"));

/** Runs `node --import peak-rss.mjs …args`: its peak RSS in bytes and its stderr. */
async function peakRss(name: string, args: string[], env: Record<string, string>) {
  const file = join(dir, `${name}.rss`);
  let stderr = "";
  const code = await new Promise<number | null>((resolve) => {
    const process_ = spawn(process.execPath, ["--import", preload, ...args], {
      env: { ...process.env, ...env, PEAK_RSS_FILE: file },
      stdio: ["ignore", "ignore", "pipe"],
    });
    process_.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    process_.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`${name} exited with ${code}: ${stderr.slice(-2_000)}`);
  return { rss: Number(await readFile(file, "utf8")), stderr };
}

interface Row {
  contacts: number;
  rss: number;
  requests: number;
  waits: number[];
  refused: number;
  seconds: number;
  windowMs: number;
}
const rows: Row[] = [];
let floor = Number.POSITIVE_INFINITY;
try {
  for (const contacts of [20_000, 100_000]) {
    const data = { contacts, contactBooks: 1 };
    const pace = await startSimulator({ seed: 18, rateLimit: false, latencyMs: 20, data });
    const windowMs = await windowFor(pace.url, String(pace.state.contactBooks[0]?.id)).finally(() =>
      pace.stop(),
    );
    // Missive's limits (5 concurrent, 300 per "minute", 900 per 15) on the measured window.
    const sim = await startSimulator({ seed: 18, rateLimit: { windowMs }, latencyMs: 20, data });
    try {
      const book = String(sim.state.contactBooks[0]?.id);
      const fetchOnce = `await fetch(${JSON.stringify(`${sim.url}/users`)}, { headers: { authorization: "Bearer x" } }).then((r) => r.text());`;
      const bare = await peakRss("floor", ["--input-type=module", "-e", fetchOnce], {});
      floor = Math.min(floor, bare.rss);
      const output = join(dir, `contacts-${contacts}.ndjson`);
      const started = performance.now();
      const { rss, stderr } = await peakRss(
        `export-${contacts}`,
        [child, "export", "contacts", "--contact-book", book, "--output", output],
        {
          MISSIVE_API_TOKEN: "missive_pat-bench",
          MISSIVE_BASE_URL: sim.url,
          EXPORT_WINDOW_MS: String(windowMs),
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const lines = (await readFile(output, "utf8")).trimEnd().split("\n").length;
      if (lines !== contacts) throw new Error(`exported ${lines} of ${contacts} contacts`);
      // Every wait of the client's limiter, from export-child.mjs's logger.
      const waits = [...stderr.matchAll(/rate limit: waiting (\d+) ms/g)].map((m) => Number(m[1]));
      const requests = sim.stats.byOperation["GET /contacts"] ?? 0;
      rows.push({
        contacts,
        rss,
        requests,
        waits,
        refused: sim.stats.rateLimited,
        seconds,
        windowMs,
      });
      await rm(output);
    } finally {
      await sim.stop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
console.log(
  "\n## Export memory — missive export contacts: pages of 200, 5 at once, Missive's limits (the minute scaled)\n",
);
console.log(
  "| run | peak RSS | over the floor | × floor | requests | minute | rate-limit waits | 429s | time |",
);
console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
console.log(`| bare node + one fetch (floor, least of 2) | ${mib(floor)} | | 1.00 | 1 | | | | |`);
for (const row of rows) {
  const total = row.waits.reduce((sum, ms) => sum + ms, 0);
  const waited = row.waits.length
    ? `${row.waits.length}, ${(total / 1000).toFixed(1)} s summed over requests`
    : "0";
  console.log(
    `| export of ${row.contacts.toLocaleString("en")} contacts | ${mib(row.rss)} | ${mib(row.rss - floor)} | ${(row.rss / floor).toFixed(2)} | ${row.requests} | ${row.windowMs / 1000} s | ${waited} | ${row.refused} | ${row.seconds.toFixed(1)} s |`,
  );
}
const [small, large] = rows;
if (small && large) {
  const over = large.rss - floor;
  const growth = large.rss - small.rss;
  console.log(
    `\ngoal: peak ≤ floor + 25 MiB at 100k         ${over <= 25 * MiB ? "PASS" : "MISS"} (${mib(over)})`,
  );
  console.log(
    `goal: < 10 MiB more for 100k than for 20k    ${growth < 10 * MiB ? "PASS" : "MISS"} (${growth >= 0 ? "+" : ""}${mib(growth)} for 5× the contacts)`,
  );
  if (large.waits.length === 0) {
    console.log("note: the 100k export met no rate-limit wait: not the run the goal is about.");
  }
}

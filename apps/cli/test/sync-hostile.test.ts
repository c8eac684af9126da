/**
 * `missive sync` and `missive search` against what users and faults throw at them: search text
 * and filters that are wrong, a search before any sync, two syncs on one file, another
 * account's copy. Each ends with hits or an exit 2 that says what to fix, never a raw SQL error
 * or a stack, and the copy stays exact. The real CLI in a child process, against the simulator.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./helpers.ts";
import { faultProxy, missive, simEnv, syncStatus } from "./sync-child.ts";

let sim: RunningSimulator;
let db: string;

const env = (extra: Record<string, string | undefined> = {}) => simEnv(sim.url, extra);

beforeAll(async () => {
  // Latency stretches a sync over a second or two: long enough for a second one to meet it.
  sim = await startSimulator({
    seed: 4,
    rateLimit: false,
    latencyMs: 25,
    data: { conversations: 30, contacts: 20 },
  });
  db = join(tempDir(), "m.sqlite");
  expect((await missive(["sync", "--db", db], env()).done).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await sim?.stop();
});

const search = (...args: string[]) =>
  missive(["search", "--db", db, "--json", ...args], env()).done;
const plain = (text: string) => expect(text).not.toMatch(/SQLITE|sqlite3?_|\n\s+at |TypeError/);

describe("missive search with hostile input", () => {
  it("refuses a query with no word (exit 2, says what to type); reads -word first like -word last", async () => {
    for (const query of ['"', "***", "()", "-refund"]) {
      const run = await search("--", query);
      expect(run.code, query).toBe(2);
      expect(run.stderr).toMatch(/has no word to look for.*e\.g\./);
      plain(run.stderr);
    }
    const last = await search("--", "order -refund");
    const first = await search("--", "-refund order");
    expect(last.code).toBe(0);
    expect(first.stdout).toBe(last.stdout);
  }, 120_000);

  it("names the known labels for an unknown one, takes a full path, and reads --from literally", async () => {
    const unknown = await search("order", "--label", "Nope' OR '1'='1");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No shared label "Nope' OR '1'='1".*Billing\/Invoices/);
    plain(unknown.stderr);
    expect((await search("order", "--label", "Billing / Invoices")).code).toBe(0);
    const wildcard = await search("order", "--from", "%");
    expect(wildcard.code).toBe(0);
    expect(wildcard.stdout).toBe("");
  }, 120_000);

  it("refuses a day the month does not have, and a --limit that is not plain digits", async () => {
    for (const flags of [
      ["--after", "2026-02-31"],
      ["--before", "2026-04-31T10:00Z"],
      ["--limit", "0x10"],
      ["--limit", "1e3"],
    ]) {
      const run = await search("order", ...flags);
      expect(run.code, flags.join(" ")).toBe(2);
      expect(run.stderr).toMatch(/must be|takes a date/);
    }
  }, 120_000);

  it("says the copy is empty when no sync has filled it yet (exit 2)", async () => {
    const empty = join(tempDir(), "empty.sqlite");
    writeFileSync(empty, "");
    const run = await missive(["search", "order", "--db", empty], env()).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is empty: run `missive sync --db .*empty\.sqlite` first/);
  }, 60_000);
});

describe("missive sync with faults", () => {
  it("runs one sync per SQLite file: a second at once is refused, naming the first; the copy is exact", async () => {
    const file = join(tempDir(), "twice.sqlite");
    const [a, b] = await Promise.all([
      missive(["sync", "--db", file], env()).done,
      missive(["sync", "--db", file], env()).done,
    ]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 2]);
    const refused = a.code === 2 ? a : b;
    expect(refused.stderr).toMatch(
      /Another missive sync \(pid \d+\) is running on .*twice\.sqlite/,
    );
    const status = await syncStatus(file, env());
    expect(status.rows.conversations).toBe(sim.state.conversations.length);
    expect(status.pending).toBe(0);
    // The lock goes with the run: the next sync runs.
    expect((await missive(["sync", "--db", file], env()).done).code).toBe(0);
  }, 120_000);

  it("stops on SIGTERM like on Ctrl-C under --follow: exit 143, state saved, no lock left", async () => {
    const file = join(tempDir(), "term.sqlite");
    const run = missive(["sync", "--db", file, "--follow", "--interval", "1s"], env());
    await run.printed('"type":"done"');
    run.child.kill("SIGTERM");
    const end = await run.done;
    expect(end.code).toBe(143);
    expect(end.stderr).toMatch(/saved in .*term\.sqlite/);
    expect(existsSync(`${file}.sync-lock`)).toBe(false);
    expect((await missive(["sync", "--db", file], env()).done).code).toBe(0);
  }, 60_000);

  it("--follow --interval 1000h waits (setTimeout's 24.8-day ceiling would make it 1 ms)", async () => {
    const run = missive(
      ["sync", "--db", join(tempDir(), "iv.sqlite"), "--follow", "--interval", "1000h"],
      env(),
    );
    await run.printed('"type":"done"');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    run.child.kill("SIGINT");
    const end = await run.done;
    expect(end.stdout.match(/"type":"done"/g)).toHaveLength(1);
    expect(end.stderr).not.toMatch(/TimeoutOverflowWarning/);
    expect(end.code).toBe(130);
  }, 60_000);

  it("--follow rides out a burst of 503s: says so, and the next run brings the copy up to date", async () => {
    let burstUntil = 0;
    // In front of the simulator: after 20 requests, 3 s in which every answer is a 503.
    const proxy = await faultProxy(sim.url, (n) => {
      if (n === 20) burstUntil = Date.now() + 3_000;
      return Date.now() < burstUntil ? { status: 503, body: '{"error":"Down"}' } : undefined;
    });
    const file = join(tempDir(), "burst.sqlite");
    try {
      const run = missive(
        ["sync", "--db", file, "--follow", "--interval", "1s"],
        env({ MISSIVE_BASE_URL: proxy.url }),
      );
      await run.printed('"type":"done"');
      run.child.kill("SIGINT");
      const end = await run.done;
      expect(end.stderr).toMatch(/"type":"error".*503.*next run in 1s/);
      expect(end.code).toBe(130);
    } finally {
      proxy.close();
    }
    const status = await syncStatus(file, env());
    expect(status.rows.conversations).toBe(sim.state.conversations.length);
    expect(status.pending).toBe(0);
  }, 120_000);

  it("refuses another account's copy by id when both show the same address", async () => {
    const other = await startSimulator({ seed: 77, rateLimit: false, data: { conversations: 2 } });
    try {
      const run = await missive(
        ["sync", "--only", "directory", "--db", db],
        env({ MISSIVE_BASE_URL: other.url }),
      ).done;
      expect(run.code).toBe(2);
      const [stored, current] = [sim, other].map(
        (s) => (s.state.users as { id: string; me?: boolean }[]).find((u) => u.me)?.id,
      );
      expect(run.stderr).toContain(`(user ${stored})`);
      expect(run.stderr).toContain(`(user ${current})`);
    } finally {
      await other.stop();
    }
  }, 60_000);
});

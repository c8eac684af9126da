/**
 * `missive sync`, `missive sync status` and `missive search` as a user runs them: the real
 * CLI in a child process, against the stateful simulator.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOKEN, tempDir } from "./helpers.ts";
import { faultProxy, missive, nodeHasSqlite, simEnv, syncStatus } from "./sync-child.ts";

let sim: RunningSimulator;
const PHRASE = "quokka marmalade zeppelin";

beforeAll(async () => {
  sim = await startSimulator({
    seed: 3,
    rateLimit: false,
    data: { conversations: 40, contacts: 60 },
  });
  // A phrase planted in one message's body, as it arrives by e-mail.
  const conversation = sim.state.conversations[17] as { id: string };
  const response = await fetch(`${sim.url}/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      messages: {
        account: "x",
        conversation: conversation.id,
        from_field: { address: "ann@zoo.org" },
        to_fields: [{ address: "me@sim.test" }],
        body: `<p>Hello, the ${PHRASE} is ready.</p>`,
      },
    }),
  });
  expect(response.status).toBe(200);
}, 60_000);
afterAll(async () => {
  await sim?.stop();
});

const env = (extra: Record<string, string | undefined> = {}) => simEnv(sim.url, extra);

describe("missive sync and missive search", () => {
  it("syncs into ./m.sqlite, then finds the planted phrase's message first (--json)", async () => {
    const dir = tempDir();
    const e = env();
    const synced = await missive(["sync", "--db", join(dir, "m.sqlite")], e).done;
    expect(synced.stderr).toContain('"type":"progress"');
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout.trim().split("\n").at(-1) as string)).toMatchObject({
      type: "done",
    });
    const found = await missive(["search", PHRASE, "--db", join(dir, "m.sqlite"), "--json"], e)
      .done;
    expect(found.code).toBe(0);
    const hits = found.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const planted = [...sim.state.nested.messagesById.values()].find((m) =>
      sim.state.nested.bodies.get(m.id as string)?.includes(PHRASE),
    );
    expect(hits[0]).toMatchObject({
      kind: "message",
      id: planted?.id,
      conversation: (
        sim.state.conversations.find((c) =>
          sim.state.nested.list(c, "messages").includes(planted as never),
        ) as { id: string }
      ).id,
    });
    expect(hits[0].snippet).toContain("«quokka»");
    expect(typeof hits[0].score).toBe("number");

    const report = await syncStatus(join(dir, "m.sqlite"), e);
    expect(report.rows.conversations).toBe(sim.state.conversations.length);
    expect(report.schemaVersion).toBe(2);
    expect(report.checkpoints.map((c: { stream: string }) => c.stream)).toContain(
      "conversations:all",
    );
  }, 120_000);

  it("keeps the copy in the config directory, one file per profile, by default", async () => {
    const e = env();
    const run = await missive(["sync", "--only", "directory", "--profile", "work"], e).done;
    expect(run.code).toBe(0);
    expect(existsSync(join(e.MISSIVE_CONFIG_DIR, "sync-work.sqlite"))).toBe(true);
  }, 60_000);

  it("says why with exit 2: a path it cannot write, a database of another application", async () => {
    const e = env();
    const unwritable = await missive(["sync", "--db", "/proc/missive/m.sqlite"], e).done;
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/Cannot open \/proc\/missive\/m\.sqlite/);
    const foreign = join(tempDir(), "notes.sqlite");
    writeFileSync(foreign, "this is not a database at all, just some text ".repeat(200));
    const corrupt = await missive(["sync", "--db", foreign], e).done;
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/corrupt or not a SQLite database/);
    const none = await missive(["search", "x", "--db", join(tempDir(), "none.sqlite")], e).done;
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No copy at .*: run `missive sync --db/);
  }, 60_000);

  it("names the Postgres host and cause when it is unreachable (exit 1), never the password", async () => {
    const url = "postgres://ann:s3cret-pw@127.0.0.1:9/missive";
    const run = await missive(["sync", "--only", "directory"], env({ MISSIVE_DATABASE_URL: url }))
      .done;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach Postgres at 127\.0\.0\.1:9\/missive \(.*ECONNREFUSED/);
    expect(run.stdout + run.stderr).not.toContain("s3cret-pw");
  }, 60_000);

  it("exits 3 on a 401 mid-sync and keeps what it committed; the next run finishes the copy", async () => {
    // In front of the simulator: the token is revoked after 30 requests.
    const proxy = await faultProxy(sim.url, (n) =>
      n > 30 ? { status: 401, body: '{"error":"Unauthorized"}' } : undefined,
    );
    const db = join(tempDir(), "m.sqlite");
    try {
      const refused = await missive(["sync", "--db", db], env({ MISSIVE_BASE_URL: proxy.url }))
        .done;
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/401/);
    } finally {
      proxy.close();
    }
    const e = env();
    const kept = await syncStatus(db, e);
    expect(kept.rows.users).toBeGreaterThan(0);
    expect(kept.checkpoints.length).toBeGreaterThan(3);
    expect((await missive(["sync", "--db", db], e).done).code).toBe(0);
    const after = await syncStatus(db, e);
    expect(after.rows.conversations).toBe(sim.state.conversations.length);
    expect(after.pending).toBe(0);
  }, 120_000);

  it("--follow keeps syncing until Ctrl-C, then exits 130 with the state saved", async () => {
    const db = join(tempDir(), "f.sqlite");
    const run = missive(["sync", "--db", db, "--follow", "--interval", "1s"], env());
    await run.printed('"type":"done"');
    run.child.kill("SIGINT");
    const end = await run.done;
    expect(end.code).toBe(130);
    expect(end.stderr).toMatch(/saved in .*f\.sqlite/);
  }, 60_000);

  it.runIf(!nodeHasSqlite)(
    "on a Node without node:sqlite, says what to do and exits 2",
    async () => {
      const run = await missive(["sync", "--db", join(tempDir(), "x.sqlite")], env(), {
        oldNode: true,
      }).done;
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/needs Node 22\.13 or newer.*--database-url/s);
    },
    60_000,
  );
});

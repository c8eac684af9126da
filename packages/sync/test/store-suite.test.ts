/**
 * One suite, both stores: every behaviour a user relies on from a `SyncStore` is checked on
 * SQLite and on a real PostgreSQL.
 */

import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  postgresStore,
  SCHEMA_VERSION,
  type SyncStore,
  sqliteStore,
  TABLE_NAMES,
  TABLES,
} from "../src/index.ts";
import { commentRow, contactRow, conversationRow, directoryRow, messageRow } from "../src/rows.ts";
import { type StoreKind, storeFactory, tempDir, usePostgres } from "./helpers.ts";

const postgres = usePostgres();
const fresh = storeFactory(postgres);

const conversation = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  last_activity_at: 1_700_000_100,
  subject: null,
  latest_message_subject: `Subject of ${id}`,
  team: { id: "team-1", name: "Support" },
  shared_labels: [{ id: "label-1", name: "VIP" }],
  users: [{ id: "me", closed: false }],
  ...extra,
});

const message = (id: string, body: string, from = "sam@fellowship.org", at = 1_700_000_000) => ({
  id,
  subject: "Re: order",
  delivered_at: at,
  from_field: { name: "Samwise Gamgee", address: from },
  body,
});

describe.each<StoreKind>(["sqlite", "postgres"])("%s store", (kind) => {
  it("creates every table of the schema, records its migration and reopens without redoing it", async () => {
    const store = await fresh(kind);
    await store.open();
    const status = await store.status();
    expect(status.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(status.rows).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(TABLES)).toContain("shared_labels");
    await store.write({ upserts: [directoryRow("users", { id: "me", me: true, name: "Me" })] });
    await store.close();
    await store.open();
    expect((await store.status()).rows.users).toBe(1);
    await store.close();
  });

  it("writes a batch in one transaction: a failing row leaves nothing, not even the checkpoint", async () => {
    const store = await fresh(kind);
    await store.open();
    const bad = {
      ...messageRow(message("m1", "<p>hello</p>"), "c1"),
      table: "no_such_table" as never,
    };
    await expect(
      store.write({
        upserts: [conversationRow(conversation("c1")), bad],
        checkpoints: { s: { at: 1 } },
      }),
    ).rejects.toThrow();
    expect(await store.ids("conversations")).toEqual([]);
    expect(await store.checkpoint("s")).toBeUndefined();
    await store.close();
  });

  it("upserts by id (one row each), keeps raw JSON and typed columns, deletes rows and their search documents", async () => {
    const store = await fresh(kind);
    await store.open();
    await store.write({ upserts: [conversationRow(conversation("c1"), "me")] });
    await store.write({
      upserts: [conversationRow(conversation("c1", { latest_message_subject: "Changed" }), "me")],
    });
    const raws = await store.raws("conversations", ["c1"]);
    expect((raws.get("c1") as { latest_message_subject: string }).latest_message_subject).toBe(
      "Changed",
    );
    expect(await store.ids("conversations")).toEqual(["c1"]);
    expect((await store.search("changed")).map((hit) => hit.id)).toEqual(["c1"]);
    await store.write({ deletes: [{ table: "conversations", ids: ["c1"] }] });
    expect(await store.search("changed")).toEqual([]);
    await store.close();
  });

  it("ranks hits with snippets, one per matching item with its conversation, and filters them", async () => {
    const store = await fresh(kind);
    await store.open();
    await store.write({
      upserts: [
        directoryRow("shared_labels", { id: "label-1", name: "VIP" }),
        directoryRow("teams", { id: "team-1", name: "Support" }),
        conversationRow(conversation("c1"), "me"),
        conversationRow(
          conversation("c2", {
            shared_labels: [],
            team: { id: "team-2" },
            users: [{ id: "me", closed: true }],
          }),
          "me",
        ),
        messageRow(
          message("m1", "<div>The <b>blue walrus</b> invoice is late, the walrus says.</div>"),
          "c1",
        ),
        messageRow(
          message(
            "m2",
            "<p>One walrus only &amp; nothing else here</p>",
            "ann@shire.org",
            1_600_000_000,
          ),
          "c2",
        ),
        commentRow(
          {
            id: "k1",
            body: "walrus spotted",
            created_at: 1_700_000_050,
            author: { id: "u1", name: "Frodo" },
          },
          "c1",
        ),
        contactRow({
          id: "p1",
          first_name: "Wally",
          last_name: "Walrus",
          infos: [{ kind: "email", value: "wally@zoo.org" }],
          modified_at: 1,
        }),
      ],
    });
    const hits = await store.search("walrus");
    expect(hits.map((h) => h.id).sort()).toEqual(["k1", "m1", "m2", "p1"]);
    const m1 = hits.find((h) => h.id === "m1");
    expect(m1).toMatchObject({ kind: "message", conversation: "c1" });
    expect(m1?.snippet).toContain("«walrus»");
    expect(hits.find((h) => h.id === "p1")).toMatchObject({ kind: "contact", conversation: null });
    for (let i = 1; i < hits.length; i++)
      expect((hits[i - 1] as { score: number }).score).toBeGreaterThanOrEqual(
        (hits[i] as { score: number }).score,
      );
    expect((await store.search('"blue walrus"')).map((h) => h.id)).toEqual(["m1"]);
    expect((await store.search("walrus -blue", { kinds: ["message"] })).map((h) => h.id)).toEqual([
      "m2",
    ]);
    expect((await store.search("walrus", { from: "ann@shire" })).map((h) => h.id)).toEqual(["m2"]);
    expect(
      (await store.search("walrus", { after: 1_650_000_000, kinds: ["message"] })).map((h) => h.id),
    ).toEqual(["m1"]);
    expect(
      (await store.search("walrus", { before: 1_650_000_000, kinds: ["message"] })).map(
        (h) => h.id,
      ),
    ).toEqual(["m2"]);
    expect((await store.search("walrus", { label: "vip" })).map((h) => h.id).sort()).toEqual([
      "k1",
      "m1",
    ]);
    expect(
      (await store.search("walrus", { team: "Support", kinds: ["message"] })).map((h) => h.id),
    ).toEqual(["m1"]);
    expect((await store.search("walrus", { closed: true })).map((h) => h.id)).toEqual(["m2"]);
    expect(await store.search("walrus", { limit: 2 })).toHaveLength(2);
    expect(await store.search('"unbalanced ( AND OR NOT')).toEqual([]);
    await store.close();
  });

  it("finds accented words without their accents", async () => {
    const store = await fresh(kind);
    await store.open();
    await store.write({
      upserts: [
        messageRow(message("m1", "<p>Réunion à Montréal</p>"), "c1"),
        messageRow(message("m2", "<p>Creme brulee for the cafe</p>"), "c1"),
      ],
    });
    const found = await store.search("reunion montreal");
    expect(found.map((h) => h.id)).toEqual(["m1"]);
    expect(found[0]?.snippet).toMatch(/«R[ée]union»/);
    expect((await store.search("Réunion")).map((h) => h.id)).toEqual(["m1"]);
    // Accents in the query find the text without them too.
    expect((await store.search("Crème brûlée café")).map((h) => h.id)).toEqual(["m2"]);
    await store.close();
  });

  it("queues pending conversations, lets one worker claim each, and lets another take an expired claim", async () => {
    const store = await fresh(kind);
    await store.open();
    await store.write({
      pendingAdd: [1, 2, 3].map((n) => ({ conversationId: `c${n}`, lastActivityAt: n })),
    });
    const a = await store.claim("a", 2, 60_000);
    const b = await store.claim("b", 5, 60_000);
    expect(a.map((p) => p.conversationId)).toEqual(["c3", "c2"]);
    expect(b.map((p) => p.conversationId)).toEqual(["c1"]);
    expect(await store.claim("b", 5, 60_000)).toEqual([]);
    expect(await store.pending()).toEqual({ total: 3, claimed: 3 });
    await store.write({ pendingDone: b });
    const short = await fresh(kind);
    await short.open();
    await short.close();
    // Newer activity queued while a worker held the claim survives that worker's "done".
    await store.write({ pendingAdd: [{ conversationId: "c3", lastActivityAt: 30 }] });
    await store.write({ pendingDone: a });
    expect((await store.pending()).total).toBe(1);
    await store.close();
  });

  it("refuses a database of another application, naming it", async () => {
    let store: SyncStore;
    if (kind === "sqlite") {
      const path = join(tempDir(), "other.sqlite");
      const { DatabaseSync } = await import("node:sqlite" as string);
      const other = new DatabaseSync(path);
      other.exec("CREATE TABLE invoices (id INTEGER)");
      other.close();
      store = sqliteStore(path);
    } else {
      const url = await postgres.freshUrl();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("CREATE TABLE invoices (id INTEGER)");
      await client.end();
      store = postgresStore(url);
    }
    await expect(store.open()).rejects.toMatchObject({ name: "SyncStoreError", reason: "foreign" });
  });
});

/**
 * Search text and filters as users and agents type them, hostile ones included: each gives
 * hits or a `SearchInputError` that says what to fix, never a raw SQL error, and both stores
 * read a query the same way.
 */
import { describe, expect, it } from "vitest";
import { SearchInputError, type SyncStore } from "../src/index.ts";
import { conversationRow, directoryRow, messageRow } from "../src/rows.ts";
import { type StoreKind, storeFactory, usePostgres } from "./helpers.ts";

const postgres = usePostgres();
const fresh = storeFactory(postgres);

const conversation = (id: string, labels: { id: string; name: string }[]) => ({
  id,
  last_activity_at: 1_700_000_100,
  subject: `Order ${id}`,
  team: { id: "team-1" },
  shared_labels: labels,
  users: [{ id: "me", closed: false }],
});
const message = (id: string, body: string, address: string) => ({
  id,
  subject: "Re: order",
  delivered_at: 1_700_000_000,
  from_field: { name: "Sam", address },
  body,
});

async function filled(kind: StoreKind): Promise<SyncStore> {
  const store = await fresh(kind);
  await store.open();
  const invoices = { id: "label-2", name: "Invoices", name_with_parent_names: "Billing/Invoices" };
  await store.write({
    upserts: [
      directoryRow("shared_labels", { id: "label-1", name: "VIP", name_with_parent_names: "VIP" }),
      directoryRow("shared_labels", invoices),
      directoryRow("teams", { id: "team-1", name: "Support" }),
      conversationRow(conversation("c1", [invoices]), "me"),
      conversationRow(conversation("c2", []), "me"),
      messageRow(message("m1", "<p>walrus refund</p>", "sam@shire.org"), "c1"),
      messageRow(message("m2", "<p>walrus spam</p>", "ann_100%@shire.org"), "c2"),
    ],
  });
  return store;
}

const ids = async (store: SyncStore, query: string, options = {}) =>
  (await store.search(query, { kinds: ["message"], ...options })).map((h) => h.id).sort();

describe.each<StoreKind>(["sqlite", "postgres"])("%s store", (kind) => {
  it("refuses a query with no word in it, saying what to type instead", async () => {
    const store = await filled(kind);
    for (const query of [
      '"',
      "*",
      "!!!",
      "()",
      "🎉",
      "_",
      "-walrus",
      "or -walrus",
      " ",
      "\u0000",
    ]) {
      const error = await store.search(query).catch((e: unknown) => e);
      expect(error, query).toBeInstanceOf(SearchInputError);
      expect((error as Error).message).toMatch(/no word to look for.*e\.g\./);
    }
    await store.close();
  });

  it("reads operators and odd text the same way on both stores", async () => {
    const store = await filled(kind);
    expect(await ids(store, "-spam walrus")).toEqual(["m1"]);
    expect(await ids(store, "walrus -spam")).toEqual(["m1"]);
    expect(await ids(store, "or walrus or")).toEqual(["m1", "m2"]);
    expect(await ids(store, "walrus\u0000 refund")).toEqual(["m1"]);
    expect(await ids(store, "walrus refund ".repeat(800))).toEqual(["m1"]);
    expect(Array.isArray(await store.search(`walrus ${"x".repeat(10_000)}`))).toBe(true);
    for (const query of [
      "NEAR(",
      "AND",
      "OR NOT",
      "a:b",
      "^walrus",
      "walrus*",
      "'; DROP TABLE messages; --",
    ])
      expect(Array.isArray(await store.search(query)), query).toBe(true);
    expect(await ids(store, "walrus")).toEqual(["m1", "m2"]);
    await store.close();
  });

  it("takes --from literally: % and _ are characters, not wildcards", async () => {
    const store = await filled(kind);
    expect(await ids(store, "walrus", { from: "%" })).toEqual(["m2"]);
    expect(await ids(store, "walrus", { from: "_" })).toEqual(["m2"]);
    expect(await ids(store, "walrus", { from: "s_m" })).toEqual([]);
    expect(await ids(store, "walrus", { from: "o'brien" })).toEqual([]);
    await store.close();
  });

  it("names the known labels and teams when one is unknown; takes a label's full path", async () => {
    const store = await filled(kind);
    expect(await ids(store, "walrus", { label: "Billing / Invoices" })).toEqual(["m1"]);
    expect(await ids(store, "walrus", { label: "invoices" })).toEqual(["m1"]);
    expect(await ids(store, "walrus", { team: "support" })).toEqual(["m1", "m2"]);
    const label = await store.search("walrus", { label: "Nope' OR 1=1 --" }).catch((e) => e);
    expect(label).toBeInstanceOf(SearchInputError);
    expect(label.message).toMatch(/No shared label "Nope' OR 1=1 --".*Billing\/Invoices.*VIP/);
    const team = await store.search("walrus", { team: "Sales" }).catch((e) => e);
    expect(team).toBeInstanceOf(SearchInputError);
    expect(team.message).toMatch(/No team "Sales".*Support/);
    for (const bad of [
      { after: Number.NaN },
      { before: Number.POSITIVE_INFINITY },
      { limit: 0 },
      { after: 1_700_000_000, before: 1_700_000_000 },
      { after: 1_700_000_000, before: 1_600_000_000 },
    ]) {
      await expect(store.search("walrus", bad)).rejects.toBeInstanceOf(SearchInputError);
    }
    await store.close();
  });
});

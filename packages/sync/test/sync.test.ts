/**
 * The sync against the stateful simulator, on both stores: the exact copy, the cost of an
 * incremental run, the account check.
 */
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSync, ForeignAccountError, type SyncProgress } from "../src/index.ts";
import {
  type StoreKind,
  simClient,
  simulatorIds,
  storeFactory,
  storeIds,
  usePostgres,
} from "./helpers.ts";

const postgres = usePostgres();
const fresh = storeFactory(postgres);

/** Requests of a run in which nothing changed, from the simulator's sizes. */
function quietRunCost(sim: RunningSimulator): number {
  const { state } = sim;
  const books = state.contactBooks.length;
  const taskPages = Math.floor(state.tasks.length / 50) + 1;
  // users, organizations, teams, shared labels, responses, tasks; contact books, their groups
  // and organizations, their contacts since the checkpoint; one page per mailbox (4).
  return 1 + 4 + taskPages + 1 + 2 * books + books + 4;
}

describe.each<StoreKind>(["sqlite", "postgres"])("sync into %s", (kind) => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      seed: 7,
      rateLimit: false,
      data: { conversations: 60, contacts: 300 },
    });
  });
  afterAll(async () => {
    await sim?.stop();
  });

  it("backfills an exact copy (every row once, message bodies in), then a quiet rerun costs a handful of requests", async () => {
    const store = await fresh(kind);
    const sync = createSync({ client: simClient(sim), store });
    const events: SyncProgress[] = [];
    const first = await sync.run({ onProgress: (p) => events.push(p) });
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    const message = (await store.raws("messages", [(await store.ids("messages"))[0] as string]))
      .values()
      .next().value as { body?: string };
    expect(message.body).toMatch(/<div>/);
    expect(first.requests).toBe(sim.stats.requests);
    expect(events.at(-1)).toMatchObject({ requests: first.requests });
    expect(events.every((e) => typeof e.rate === "number" && "etaSeconds" in e)).toBe(true);

    const before = sim.stats.requests;
    const second = await sync.run();
    expect(second.requests).toBe(sim.stats.requests - before);
    expect(second.requests).toBe(quietRunCost(sim));
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    const status = await sync.status();
    expect(status.meta.account_id).toBe(sim.state.users.find((u) => u.me)?.id);
    expect(status.pending).toBe(0);
    await sync.close();
  });

  it("picks up new messages, posts and contact changes with only the changed conversations' lists", async () => {
    const store = await fresh(kind);
    const client = simClient(sim);
    const sync = createSync({ client, store });
    await sync.run();
    const [a, b] = sim.state.conversations.slice(10, 12) as { id: string }[];
    await client.messages.create({
      conversation: a?.id,
      body: "<p>The quokka marmalade arrived</p>",
      from_field: { address: "q@zoo.org" },
      to_fields: [{ address: "me@sim.test" }],
      account: "x",
    } as never);
    await client.posts.create({
      conversation: b?.id,
      text: "A post about pelicans",
      notification: { title: "t", body: "b" },
    } as never);
    const contact = sim.state.contacts[0] as { id: string };
    await client.contacts.update([{ id: contact.id, first_name: "Renamed" }] as never);
    const before = sim.stats.requests;
    const run = await sync.run();
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    // Two conversations moved: messages, comments, posts and drafts of both (4 each; one page
    // of each here), one body batch for the new message.
    expect(run.requests).toBe(quietRunCost(sim) + 2 * 4 + 1);
    expect(run.requests).toBe(sim.stats.requests - before);
    const hits = await sync.search("quokka marmalade");
    expect(hits[0]).toMatchObject({ kind: "message", conversation: a?.id });
    const renamed = (await store.raws("contacts", [contact.id])).get(contact.id) as {
      first_name: string;
    };
    expect(renamed.first_name).toBe("Renamed");
    await sync.close();
  });

  it("refuses to sync another account into a copy", async () => {
    const store = await fresh(kind);
    const sync = createSync({ client: simClient(sim), store, mailboxes: [] });
    await sync.run({ only: ["directory"] });
    await sync.close();
    const other = await startSimulator({ seed: 99, rateLimit: false });
    try {
      const intruder = createSync({ client: simClient(other), store: store });
      await expect(intruder.run()).rejects.toBeInstanceOf(ForeignAccountError);
      await intruder.close();
    } finally {
      await other.stop();
    }
  });
});

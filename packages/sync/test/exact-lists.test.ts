/**
 * Changes that leave a conversation's counts as they were still reach the copy: a draft edited
 * in place, a message deleted while another arrives. Both stores.
 */
import { describe, expect, it } from "vitest";
import { createSync } from "../src/index.ts";
import {
  type StoreKind,
  simClient,
  simulatorIds,
  storeFactory,
  storeIds,
  usePostgres,
  useSimulator,
} from "./helpers.ts";

type Obj = Record<string, unknown>;

const postgres = usePostgres();
const fresh = storeFactory(postgres);
const MESSAGES = "GET /conversations/{id}/messages";

describe.each<StoreKind>(["sqlite", "postgres"])("lists of a changed conversation, %s", (kind) => {
  const simulator = useSimulator({ seed: 11, data: { conversations: 30, contacts: 20 } });
  const conversation = (index: number) => simulator().state.conversations[index] as Obj;
  const list = (c: Obj, of: "messages" | "drafts") => simulator().state.nested.list(c, of) as Obj[];
  /** Every draft of the simulator, as it is now. */
  const simulatorDrafts = () =>
    new Map(
      simulator()
        .state.conversations.flatMap((c) => list(c, "drafts"))
        .map((d) => [String(d.id), d]),
    );
  /** A fresh copy of the simulator's account (a first run done). */
  const synced = async () => {
    const store = await fresh(kind);
    const client = simClient(simulator());
    const sync = createSync({ client, store });
    await sync.run();
    return { store, client, sync, sim: simulator() };
  };
  const newMessage = (client: ReturnType<typeof simClient>, to: Obj, body: string) =>
    client.messages.create({
      account: "x",
      conversation: to.id,
      body,
      from_field: { address: "new@zoo.org" },
      to_fields: [{ address: "me@sim.test" }],
    } as never);

  it("an edited draft (same drafts_count) comes in whole once its conversation moves", async () => {
    const { store, client, sync, sim } = await synced();
    const target = conversation(5);
    const draft = list(target, "drafts")[1] as Obj;
    const countBefore = target.drafts_count;
    sim.app.editDraft(String(draft.id), {
      subject: "Wombat quote v2",
      preview: "Revised: wombat pricing for spring",
    });
    await client.posts.create({
      conversation: target.id,
      text: "Quote revised",
      notification: { title: "Quotes", body: "Revised" },
    } as never);
    expect(target.drafts_count).toBe(countBefore);

    await sync.run();
    const drafts = simulatorDrafts();
    const stored = await store.raws("drafts", [...drafts.keys()]);
    expect(stored.get(String(draft.id))).toMatchObject({
      subject: "Wombat quote v2",
      preview: "Revised: wombat pricing for spring",
      updated_at: draft.updated_at,
    });
    // Every draft of the copy is the simulator's as it is now, field for field.
    expect(new Map([...stored].map(([id, raw]) => [id, raw]))).toEqual(drafts);
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    await sync.close();
  });

  it("a message deleted while another arrives (same messages_count): an exact copy and search", async () => {
    const { store, client, sync, sim } = await synced();
    // In `near` the deleted message is on the first page; in `far` it is the oldest.
    const [near, far] = [conversation(8), conversation(14)];
    const nearGone = list(near, "messages")[2] as Obj;
    const farGone = list(far, "messages").at(-1) as Obj;
    for (const [c, gone, body] of [
      [near, nearGone, "<p>The axolotl invoice is attached</p>"],
      [far, farGone, "<p>The narwhal invoice is attached</p>"],
    ] as const) {
      const count = c.messages_count;
      sim.app.deleteMessage(String(gone.id));
      await newMessage(client, c, body);
      expect(c.messages_count).toBe(count);
    }
    const goneText = async (message: Obj) =>
      ((await store.raws("messages", [String(message.id)])).get(String(message.id)) as Obj)
        .subject as string;
    const subjects = [await goneText(nearGone), await goneText(farGone)];

    await sync.run();
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    expect((await sync.search("axolotl invoice"))[0]).toMatchObject({
      kind: "message",
      conversation: near.id,
    });
    expect((await sync.search("narwhal invoice"))[0]).toMatchObject({
      kind: "message",
      conversation: far.id,
    });
    // The deleted messages left the search too.
    for (const subject of new Set(subjects)) {
      const ids = (await sync.search(`"${subject}"`, { limit: 1_000 })).map((hit) => hit.id);
      expect(ids).not.toContain(nearGone.id);
      expect(ids).not.toContain(farGone.id);
    }
    await sync.close();
  });

  it("a deletion on the first page costs no more than that page", async () => {
    const { store, client, sync, sim } = await synced();
    const target = conversation(20);
    sim.app.deleteMessage(String((list(target, "messages")[1] as Obj).id));
    await newMessage(client, target, "<p>The quokka receipt</p>");
    const before = sim.stats.byOperation[MESSAGES] ?? 0;
    await sync.run();
    expect((sim.stats.byOperation[MESSAGES] ?? 0) - before).toBe(1);
    expect(await storeIds(store)).toEqual(simulatorIds(sim));
    await sync.close();
  });
});

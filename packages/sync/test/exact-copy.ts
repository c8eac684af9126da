/** "Exact copy": the ids of every table, in the simulator and in a store (no test framework here: the bench uses it too). */
import type { RunningSimulator } from "@missive-ts/sim";
import { type SyncStore, TABLE_NAMES } from "../src/index.ts";

type Obj = Record<string, unknown>;

/** What the simulator holds now, as sorted id lists per table (nested lists of every conversation). */
export function simulatorIds(sim: RunningSimulator): Record<string, string[]> {
  const { state } = sim;
  const ids = (items: Obj[]) => items.map((item) => String(item.id)).sort();
  const nested = (kind: "messages" | "comments" | "posts" | "drafts") =>
    ids(state.conversations.flatMap((c) => state.nested.list(c, kind)));
  return {
    conversations: ids(state.conversations),
    messages: nested("messages"),
    comments: nested("comments"),
    posts: nested("posts"),
    drafts: nested("drafts"),
    contacts: ids(state.contacts),
    contact_books: ids(state.contactBooks),
    contact_groups: ids(state.contactGroups.map((g) => g.group)),
    users: ids(state.users),
    teams: ids(state.teams),
    organizations: ids(state.organizations),
    shared_labels: ids(state.sharedLabels),
    tasks: ids(state.tasks),
    responses: ids(state.responses),
  };
}

/** The store's ids per table, sorted (ids are primary keys: a duplicate cannot hide). */
export async function storeIds(store: SyncStore): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLE_NAMES) result[table] = (await store.ids(table)).sort();
  return result;
}

/** Tables whose ids differ, with how many rows each side holds (empty when exact). */
export function differences(a: Record<string, string[]>, b: Record<string, string[]>): string[] {
  return Object.keys(a)
    .filter((table) => JSON.stringify(a[table]) !== JSON.stringify(b[table]))
    .map((table) => `${table}: ${a[table]?.length} vs ${b[table]?.length}`);
}

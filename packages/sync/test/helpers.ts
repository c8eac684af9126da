import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMissiveClient, type MissiveClient } from "@missive-ts/client";
import type { RunningSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll } from "vitest";
import { postgresStore, type SyncStore, sqliteStore } from "../src/index.ts";
import { type RunningPostgres, startPostgres } from "./postgres-server.ts";

export const TOKEN = "missive_pat-SYNCTEST0123456789";

/** A client on the simulator, without its own rate limit unless asked (the simulator has one). */
export function simClient(sim: RunningSimulator, rateLimit: false | object = false): MissiveClient {
  return createMissiveClient({
    token: TOKEN,
    baseUrl: sim.url,
    rateLimit: rateLimit as false,
    maxRetries: 4,
    maxRetryDelayMs: 200,
  });
}

const dirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "missive-sync-test-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One Postgres for the file, always stopped. */
export function usePostgres() {
  let server: RunningPostgres | undefined;
  let count = 0;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    server: () => server as RunningPostgres,
    /** A store on a fresh database. */
    freshUrl: () => (server as RunningPostgres).createDatabase(`db_${process.pid}_${++count}`),
  };
}

export type StoreKind = "sqlite" | "postgres";

/** A fresh store of a kind: a new SQLite file, or a new Postgres database. */
export function storeFactory(postgres: ReturnType<typeof usePostgres>) {
  return async (kind: StoreKind): Promise<SyncStore> =>
    kind === "sqlite"
      ? sqliteStore(join(tempDir(), "copy.sqlite"))
      : postgresStore(await postgres.freshUrl());
}

type Obj = Record<string, unknown>;

/** What the simulator holds now, as id sets per table (the nested lists of every conversation). */
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

/** The store's ids per table, sorted (duplicates would show: ids are primary keys). */
export async function storeIds(store: SyncStore): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of Object.keys(simulatorIdsTemplate))
    result[table] = (await store.ids(table as never)).sort();
  return result;
}
const simulatorIdsTemplate = {
  conversations: 0,
  messages: 0,
  comments: 0,
  posts: 0,
  drafts: 0,
  contacts: 0,
  contact_books: 0,
  contact_groups: 0,
  users: 0,
  teams: 0,
  organizations: 0,
  shared_labels: 0,
  tasks: 0,
  responses: 0,
};

/**
 * `createSync({ client, store })`: a local copy of the token's Missive account. `run()` is a
 * backfill the first time and incremental after; `search()` and `status()` read the copy.
 */
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { MissiveClient } from "@missive-ts/client";
import { looseClient, type RunContext, wants } from "./context.js";
import { drainPending, waitForOthers } from "./drain.js";
import { ForeignAccountError } from "./errors.js";
import { ProgressMeter, type SyncProgress } from "./progress.js";
import type { SearchHit, SearchOptions, StoreStatus, SyncStore } from "./store.js";
import { syncContacts } from "./stream-contacts.js";
import { syncConversations } from "./stream-conversations.js";
import { syncContactBooks, syncDirectory } from "./stream-directory.js";

/** Mailboxes walked by default: together they hold every conversation, wherever it moves. */
export const DEFAULT_MAILBOXES = ["all", "trashed", "junked", "drafts"] as const;

export interface SyncOptions {
  /** The client (its rate limiter, shared store and retries apply to every request). */
  client: MissiveClient;
  store: SyncStore;
  /** Conversation mailboxes to walk. Default {@link DEFAULT_MAILBOXES}. */
  mailboxes?: readonly string[];
  /**
   * How long a worker holds the conversations it claimed before another worker may take them
   * (a killed worker's share waits this long), in ms. It must exceed the time a group of ten
   * conversations takes within the rate limit (about 40 requests). Default 300 000 (5 min).
   */
  leaseMs?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** Only these stream groups: `conversations`, `contacts`, `directory`. Default: all. */
  only?: readonly string[];
}

export interface RunSummary {
  requests: number;
  items: number;
  elapsedMs: number;
  account: { id: string; email: string | null };
}

export interface Sync {
  run(options?: RunOptions): Promise<RunSummary>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  status(): Promise<StoreStatus>;
  close(): Promise<void>;
}

export function createSync(options: SyncOptions): Sync {
  const { client, store } = options;
  const mailboxes = options.mailboxes ?? DEFAULT_MAILBOXES;
  const leaseMs = options.leaseMs ?? 300_000;
  let opened: Promise<void> | undefined;
  const open = () => (opened ??= store.open());

  async function run(runOptions: RunOptions = {}): Promise<RunSummary> {
    await open();
    const meter = new ProgressMeter(runOptions.onProgress);
    const counter = { onRequest: () => void meter.request() };
    client.use(counter);
    const started = Date.now();
    try {
      const api = looseClient(client, runOptions.signal);
      const users = await api.listAll("users", {});
      const me = users.find((user) => user.me === true);
      if (!me)
        throw new Error(
          "No user with `me: true` in GET /users: is the token a personal access token?",
        );
      const meta = await store.meta();
      const account = String(me.id);
      const email = typeof me.email === "string" ? me.email : null;
      if (meta.account_id !== undefined && meta.account_id !== account) {
        // Both by id too: two accounts may show one address (a test and a live workspace).
        const who = (address: string | null | undefined, id: string) =>
          address ? `${address} (user ${id})` : id;
        throw new ForeignAccountError(
          who(meta.account_email, meta.account_id),
          who(email, account),
        );
      }
      await store.write({
        meta: {
          account_id: account,
          account_email: email ?? "",
          last_run_started_at: String(started),
        },
      });
      const context: RunContext = {
        api,
        store,
        meter,
        me: account,
        worker: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
        signal: runOptions.signal,
        only: new Set(runOptions.only ?? []),
      };
      // Streams another worker is running right now (Postgres): this one waits for them at
      // the end. A stream another worker completed during this run is not walked again.
      const elsewhere: (() => Promise<unknown>)[] = [];
      const doneSince = async (stream: string) =>
        Number(
          ((await store.checkpoint(stream)) as { completedAt?: number } | undefined)?.completedAt,
        ) >= started;
      const once = async (name: string, fn: () => Promise<unknown>, marker = name) => {
        const marked = async () => {
          if (!(await doneSince(marker))) await fn();
          return true;
        };
        if ((await store.exclusive(name, marked)) === undefined)
          elsewhere.push(() => store.exclusive(name, marked));
      };
      if (wants(context, "directory"))
        await once("directory", () => syncDirectory(context, users), "tasks");
      if (wants(context, "contacts")) {
        const books = await store.exclusive("contact_books", async () =>
          (await doneSince("contact_groups")) ? undefined : syncContactBooks(context),
        );
        for (const book of books ?? (await store.ids("contact_books")))
          await once(`contacts:${book}`, () => syncContacts(context, book));
      }
      if (wants(context, "conversations")) {
        for (const mailbox of mailboxes)
          await once(`conversations:${mailbox}`, () => syncConversations(context, mailbox));
        await drainPending(context, leaseMs);
      }
      await waitForOthers(context, elsewhere, leaseMs);
      const elapsedMs = Date.now() - started;
      await store.write({
        meta: {
          last_run_finished_at: String(Date.now()),
          last_run_requests: String(meter.requests),
        },
      });
      return {
        requests: meter.requests,
        items: meter.items,
        elapsedMs,
        account: { id: account, email },
      };
    } finally {
      client.eject(counter);
    }
  }

  return {
    run,
    async search(query, searchOptions) {
      await open();
      return store.search(query, searchOptions);
    },
    async status() {
      await open();
      return store.status();
    },
    close: () => store.close(),
  };
}

/** What every stream of a run shares: the client, the store, the account, the meter. */
import type { MissiveClient } from "@missive-ts/client";
import type { ProgressMeter } from "./progress.js";
import type { SyncStore } from "./store.js";

type Obj = Record<string, unknown>;

/**
 * The client's calls the streams make, loosely typed: rows keep whatever the API sends
 * (`raw`), and the typed columns are read defensively.
 */
export interface LooseClient {
  list(namespace: string, query: Obj): Promise<Obj[]>;
  listAll(namespace: string, query: Obj): Promise<Obj[]>;
  nested(kind: string, conversationId: string, query: Obj): Promise<Obj[]>;
  messages(ids: readonly string[]): Promise<Obj[]>;
}

export function looseClient(client: MissiveClient, signal?: AbortSignal): LooseClient {
  type Method = (...args: unknown[]) => unknown;
  const resources = client as unknown as Record<string, Record<string, Method>>;
  const options = { signal };
  /** A method the client generates from the spec: a missing one is a bug here, said plainly. */
  const method = (namespace: string, name: string): Method => {
    const found = resources[namespace]?.[name];
    if (!found) throw new Error(`@missive-ts/client has no ${namespace}.${name}()`);
    return found;
  };
  const nestedName = (kind: string) => `list${kind[0]?.toUpperCase()}${kind.slice(1)}`;
  return {
    list: async (namespace, query) =>
      ((await method(namespace, "list")(query, options)) ?? []) as Obj[],
    listAll: (namespace, query) =>
      (method(namespace, "listAll")(query, options) as { collect(): Promise<Obj[]> }).collect(),
    nested: async (kind, id, query) =>
      ((await method("conversations", nestedName(kind))(id, query, options)) ?? []) as Obj[],
    messages: (ids) => client.messages.getMany(ids, options) as unknown as Promise<Obj[]>,
  };
}

export interface RunContext {
  api: LooseClient;
  store: SyncStore;
  meter: ProgressMeter;
  /** The account's user id (`me: true`). */
  me: string;
  worker: string;
  signal?: AbortSignal | undefined;
  /** Streams to run (`--only`); all when empty. */
  only: ReadonlySet<string>;
}

/** Whether a stream group runs (`conversations`, `contacts`, `directory`). */
export const wants = (context: RunContext, group: string) =>
  context.only.size === 0 || context.only.has(group);

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new Error("aborted");
}

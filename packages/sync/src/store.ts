/**
 * The `SyncStore` interface: what the sync engine needs from a database. Two stores implement
 * it (`sqliteStore`, `postgresStore`); one test suite runs against both.
 */
import type { HitKind, TableName } from "./schema.js";

/** A searchable text of a row: its title (subject, name) and body. */
export interface SearchDocument {
  kind: HitKind;
  title: string;
  body: string;
  /** Sender address or author, for `from`. */
  from: string | null;
  /** Unix seconds, for `after`/`before`. */
  at: number | null;
}

/** One row to write: typed columns (as the schema names them), the raw object, its document. */
export interface Row {
  table: TableName;
  id: string;
  columns: Record<string, string | number | boolean | null>;
  raw: unknown;
  doc?: SearchDocument;
}

/** The conversation a row's search document belongs to (a conversation's is itself). */
export const conversationOf = (row: Row): string | null =>
  row.table === "conversations" ? row.id : ((row.columns.conversation_id as string | null) ?? null);

/** `held()` rows (conversation, id, timestamp as the driver gives it) grouped per conversation. */
export function heldByConversation(
  rows: readonly { c: string; id: string; at: number | string | null }[],
): Map<string, Map<string, number | null>> {
  const found = new Map<string, Map<string, number | null>>();
  for (const row of rows) {
    const items = found.get(row.c) ?? new Map<string, number | null>();
    found.set(row.c, items);
    items.set(row.id, row.at === null ? null : Number(row.at));
  }
  return found;
}

/** A conversation whose nested lists must be (re)fetched. */
export interface PendingConversation {
  conversationId: string;
  lastActivityAt: number;
}

/** Everything one page of a stream writes, committed in one transaction. */
export interface WriteBatch {
  upserts?: Row[];
  deletes?: { table: TableName; ids: string[] }[];
  /**
   * Rows of `table` with these ids are removed if they are still in `conversationId` (a walk of
   * its list proved them gone; a row another conversation took meanwhile stays).
   */
  removeNested?: { table: TableName; conversationId: string; ids: string[] }[];
  checkpoints?: Record<string, unknown>;
  pendingAdd?: PendingConversation[];
  /** Fetched: removed from the queue unless newer activity was queued meanwhile. */
  pendingDone?: PendingConversation[];
  /**
   * Claims a worker gives back unfetched (its run was interrupted or failed): any worker may
   * take them at once instead of after the lease.
   */
  pendingRelease?: { worker: string; conversationIds: string[] };
  meta?: Record<string, string>;
}

export interface SearchOptions {
  /** Most hits returned. Default 20. */
  limit?: number;
  /** Only hits from this sender address or name (substring, case-insensitive). */
  from?: string;
  /** Only hits at or after this time (Unix seconds). */
  after?: number;
  /** Only hits before this time (Unix seconds). */
  before?: number;
  /** Only hits in conversations with this shared label (id or name). */
  label?: string;
  /** Only hits in conversations of this team (id or name). */
  team?: string;
  /** Only hits in closed (`true`) or open (`false`) conversations. */
  closed?: boolean;
  /** Only these kinds. Default: all. */
  kinds?: HitKind[];
}

/** One search hit: the item that matched, ranked. */
export interface SearchHit {
  kind: HitKind;
  id: string;
  /** The conversation id, where there is one (not for contacts). */
  conversation: string | null;
  title: string;
  /** The matching text around the terms, which are wrapped in `«` and `»`. */
  snippet: string;
  /** Higher is better; comparable within one result list only. */
  score: number;
  at: number | null;
}

export interface CheckpointStatus {
  stream: string;
  value: unknown;
  /** When it was written (Unix ms). */
  updatedAt: number;
}

export interface StoreStatus {
  schemaVersion: number;
  rows: Record<TableName, number>;
  checkpoints: CheckpointStatus[];
  pending: number;
  meta: Record<string, string>;
}

/** What the sync engine reads and writes; every write is one transaction. */
export interface SyncStore {
  readonly kind: "sqlite" | "postgres";
  /** Where it is, for messages: a path, or `host:port/db` (never a password). */
  readonly location: string;
  /** Connects and applies the migrations this version needs (forward only). */
  open(): Promise<void>;
  close(): Promise<void>;
  meta(): Promise<Record<string, string>>;
  checkpoint(stream: string): Promise<unknown>;
  write(batch: WriteBatch): Promise<void>;
  /** The raw objects of these ids in `table` (missing ids are absent from the map). */
  raws(table: TableName, ids: readonly string[]): Promise<Map<string, unknown>>;
  /** Rows of `table` per conversation: each row's id and its `column` value (a timestamp). */
  held(
    table: TableName,
    column: string,
    conversationIds: readonly string[],
  ): Promise<Map<string, Map<string, number | null>>>;
  /** Every id of `table`. */
  ids(table: TableName): Promise<string[]>;
  /**
   * Takes up to `limit` pending conversations no other worker holds, for `leaseMs`; a worker
   * that dies lets its claims expire and another takes them.
   */
  claim(worker: string, limit: number, leaseMs: number): Promise<PendingConversation[]>;
  /** Pending conversations: all, and those held by a live claim. */
  pending(): Promise<{ total: number; claimed: number }>;
  /**
   * Runs `fn` holding the named lock (one holder across processes), or returns `undefined` at
   * once when another holds it.
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T | undefined>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  status(): Promise<StoreStatus>;
}

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

/** A conversation whose nested lists must be (re)fetched. */
export interface PendingConversation {
  conversationId: string;
  lastActivityAt: number;
}

/** Everything one page of a stream writes, committed in one transaction. */
export interface WriteBatch {
  upserts?: Row[];
  deletes?: { table: TableName; ids: string[] }[];
  /** Rows of `table` in `conversationId` not in `keep` are removed (drafts sent or deleted). */
  replaceNested?: { table: TableName; conversationId: string; keep: string[] }[];
  checkpoints?: Record<string, unknown>;
  pendingAdd?: PendingConversation[];
  /** Fetched: removed from the queue unless newer activity was queued meanwhile. */
  pendingDone?: PendingConversation[];
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
  /** Rows of `table` per conversation: how many, and the newest `column` value. */
  nested(
    table: TableName,
    column: string,
    conversationIds: readonly string[],
  ): Promise<Map<string, { count: number; newest: number | null }>>;
  /** Every id of `table`. */
  ids(table: TableName): Promise<string[]>;
  /** Ids of `table` rows in a conversation. */
  idsIn(table: TableName, conversationId: string): Promise<string[]>;
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

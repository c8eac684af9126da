/**
 * @missive-ts/sync: a local, always-current copy of a Missive account, searchable offline —
 * SQLite by default (`node:sqlite`, Node 22.13+), Postgres for a team's shared copy.
 */
export {
  createSync,
  DEFAULT_MAILBOXES,
  type RunOptions,
  type RunSummary,
  type Sync,
  type SyncOptions,
} from "./create-sync.js";
export { ForeignAccountError, SearchInputError, SyncStoreError } from "./errors.js";
export { htmlToText } from "./html-text.js";
export { type PostgresStoreOptions, postgresStore } from "./postgres-store.js";
export type { SyncProgress } from "./progress.js";
export {
  type ColumnType,
  type HitKind,
  NESTED_TABLES,
  SCHEMA_VERSION,
  TABLE_NAMES,
  TABLES,
  type TableName,
} from "./schema.js";
export { hasNodeSqlite } from "./sqlite-driver.js";
export { RANK_WINDOW } from "./sqlite-search.js";
export { sqliteStore } from "./sqlite-store.js";
export type {
  CheckpointStatus,
  PendingConversation,
  Row,
  SearchDocument,
  SearchHit,
  SearchOptions,
  StoreStatus,
  SyncStore,
  WriteBatch,
} from "./store.js";

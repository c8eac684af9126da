/**
 * The DDL of each schema version for both dialects, built from `TABLES`. Migrations are forward
 * only: a later version appends statements under its number and never edits these.
 */
import { foldFunctionDdl } from "./accent-fold.js";
import { type ColumnType, TABLES, type TableName } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

const TYPES: Record<Dialect, Record<ColumnType | "json", string>> = {
  sqlite: { text: "TEXT", integer: "INTEGER", boolean: "INTEGER", json: "TEXT NOT NULL" },
  postgres: { text: "TEXT", integer: "BIGINT", boolean: "BOOLEAN", json: "JSONB NOT NULL" },
};

function tableDdl(dialect: Dialect, name: TableName): string[] {
  const spec = TABLES[name];
  const types = TYPES[dialect];
  const columns = Object.entries(spec.columns).map(([column, type]) => `${column} ${types[type]}`);
  return [
    `CREATE TABLE ${name} (id TEXT PRIMARY KEY, ${columns.join(", ")}, raw ${types.json})`,
    ...spec.indexes.map((column) => `CREATE INDEX ${name}_${column} ON ${name} (${column})`),
  ];
}

/** Bookkeeping tables: meta (account, last run), checkpoints, the pending queue. */
function bookkeeping(dialect: Dialect): string[] {
  const int = TYPES[dialect].integer;
  return [
    "CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    `CREATE TABLE sync_checkpoints (stream TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at ${int} NOT NULL)`,
    `CREATE TABLE sync_pending (conversation_id TEXT PRIMARY KEY, last_activity_at ${int} NOT NULL, claimed_by TEXT, claimed_until ${int})`,
  ];
}

function searchDdl(dialect: Dialect): string[] {
  if (dialect === "sqlite") {
    return [
      "CREATE TABLE search_documents (doc_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, item_id TEXT NOT NULL, conversation_id TEXT, from_text TEXT, at INTEGER, UNIQUE (kind, item_id))",
      "CREATE INDEX search_documents_conversation ON search_documents (conversation_id)",
      `CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize="unicode61 remove_diacritics 2")`,
    ];
  }
  return [
    "CREATE TABLE search_documents (doc_id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, item_id TEXT NOT NULL, conversation_id TEXT, from_text TEXT, at BIGINT, title TEXT NOT NULL, body TEXT NOT NULL, " +
      "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')) STORED, UNIQUE (kind, item_id))",
    "CREATE INDEX search_documents_conversation ON search_documents (conversation_id)",
    "CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)",
  ];
}

/**
 * Version 2: Postgres searches folded text (accents ignored, as SQLite's tokenizer does; see
 * accent-fold.ts). The generated column is rebuilt, which rewrites `search_documents` once.
 * SQLite needs nothing.
 */
function foldedSearchDdl(dialect: Dialect): string[] {
  if (dialect === "sqlite") return [];
  return [
    foldFunctionDdl(),
    "DROP INDEX IF EXISTS search_documents_tsv",
    "ALTER TABLE search_documents DROP COLUMN tsv",
    "ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', missive_fold(title)), 'A') || setweight(to_tsvector('simple', missive_fold(body)), 'B')) STORED",
    "CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)",
  ];
}

/** Statements of each schema version, in order. */
export function migrations(dialect: Dialect): Record<number, string[]> {
  return {
    1: [
      ...bookkeeping(dialect),
      ...(Object.keys(TABLES) as TableName[]).flatMap((name) => tableDdl(dialect, name)),
      ...searchDdl(dialect),
    ],
    2: foldedSearchDdl(dialect),
  };
}

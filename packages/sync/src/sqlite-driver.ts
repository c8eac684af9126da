/**
 * `node:sqlite`, loaded on first use: it exists from Node 22.13 on (FTS5 built in), so this
 * package still loads on an older Node, where only the SQLite store is unavailable. The few
 * types used are declared here (the package's `@types/node` floor, 20, has none).
 */
import { SyncStoreError } from "./errors.js";

type Value = null | number | bigint | string | Uint8Array;

export interface SqliteStatement {
  run(...params: Value[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: Value[]): unknown;
  all(...params: Value[]): unknown[];
}

export interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

export type SqliteModule = { DatabaseSync: new (path: string) => SqliteDatabase };

/** Node 22.13+ has `node:sqlite` with FTS5. */
export function hasNodeSqlite(version = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 13);
}

export async function loadSqlite(): Promise<SqliteModule> {
  if (!hasNodeSqlite()) {
    throw new SyncStoreError(
      `The SQLite store needs Node 22.13 or newer (it uses node:sqlite); this is Node ${process.versions.node}. ` +
        "Upgrade Node (Node 20 reached end of life in April 2026), or sync into Postgres with --database-url.",
      "runtime",
    );
  }
  // Node 22 flags node:sqlite as experimental and warns once; the warning is not ours to print.
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (/SQLite/i.test(text)) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const name = "node:sqlite";
    return (await import(name)) as SqliteModule;
  } finally {
    process.emitWarning = emit;
  }
}

const statements = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();

/** A prepared statement, prepared once per database and SQL text (writes run thousands). */
export function prepared(db: SqliteDatabase, sql: string): SqliteStatement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

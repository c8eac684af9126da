/**
 * `sqliteStore(path)`: the default store, embedded, on `node:sqlite` (Node 22.13+), with
 * FTS5 for search (bm25 ranking, snippets). One process writes at a time (WAL journal).
 */
import { migrations } from "./ddl.js";
import { SyncStoreError } from "./errors.js";
import { SCHEMA_VERSION, TABLE_NAMES, type TableName } from "./schema.js";
import { checkSearch } from "./search-input.js";
import { releaseDeadClaims } from "./sqlite-claims.js";
import { loadSqlite, prepared, type SqliteDatabase } from "./sqlite-driver.js";
import { sqliteSearch } from "./sqlite-search.js";
import { applySqliteBatch } from "./sqlite-write.js";
import { heldByConversation, type StoreStatus, type SyncStore } from "./store.js";

const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");

/** Opens (creating it if needed) a SQLite database at `path` (`:memory:` for a throwaway one). */
export function sqliteStore(path: string): SyncStore {
  let handle: SqliteDatabase | undefined;
  const locks = new Set<string>();
  const db = () => {
    if (!handle) throw new Error("sqliteStore: call open() first");
    return handle;
  };

  function migrate(database: SqliteDatabase): void {
    const tables = database
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all() as { name: string }[];
    const names = new Set(tables.map((t) => t.name));
    if (names.size > 0 && !names.has("sync_migrations")) {
      throw new SyncStoreError(
        `${path} is not a Missive sync database (it holds other tables): choose another --db path.`,
        "foreign",
      );
    }
    database.exec(
      "CREATE TABLE IF NOT EXISTS sync_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)",
    );
    const row = database.prepare("SELECT max(version) AS v FROM sync_migrations").get() as {
      v: number | null;
    };
    const current = row.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new SyncStoreError(
        `${path} has schema version ${current}, newer than this version of @missive-ts/sync knows (${SCHEMA_VERSION}): upgrade it.`,
        "newer",
      );
    }
    for (const [version, statements] of Object.entries(migrations("sqlite"))) {
      if (Number(version) <= current) continue;
      database.exec("BEGIN IMMEDIATE");
      try {
        for (const statement of statements) database.exec(statement);
        database
          .prepare("INSERT INTO sync_migrations (version, applied_at) VALUES (?, ?)")
          .run(Number(version), Date.now());
        database.exec("COMMIT");
      } catch (error) {
        database.exec("ROLLBACK");
        throw error;
      }
    }
  }

  return {
    kind: "sqlite",
    location: path,
    async open() {
      if (handle) return;
      const { DatabaseSync } = await loadSqlite();
      let database: SqliteDatabase;
      try {
        database = new DatabaseSync(path);
      } catch (error) {
        throw new SyncStoreError(
          `Cannot open ${path} for writing (${(error as Error).message}): choose a path in a directory you can write.`,
          "unwritable",
          { cause: error },
        );
      }
      try {
        database.exec("PRAGMA busy_timeout = 10000");
        database.exec("PRAGMA journal_mode = WAL");
        database.exec("PRAGMA synchronous = NORMAL");
        migrate(database);
        releaseDeadClaims(database);
      } catch (error) {
        database.close();
        if (error instanceof SyncStoreError) throw error;
        const message = (error as Error).message;
        if (/not a database|malformed|corrupt/i.test(message)) {
          throw new SyncStoreError(
            `${path} is corrupt or not a SQLite database (${message}): move it away and sync again.`,
            "corrupt",
            { cause: error },
          );
        }
        throw new SyncStoreError(
          `Cannot write ${path} (${message}): check its permissions and free space.`,
          "unwritable",
          { cause: error },
        );
      }
      handle = database;
    },
    async close() {
      handle?.close();
      handle = undefined;
    },
    async meta() {
      const rows = prepared(db(), "SELECT key, value FROM sync_meta").all() as {
        key: string;
        value: string;
      }[];
      return Object.fromEntries(rows.map((r) => [r.key, r.value]));
    },
    async checkpoint(stream) {
      const row = prepared(db(), "SELECT value FROM sync_checkpoints WHERE stream = ?").get(
        stream,
      ) as { value: string } | undefined;
      return row ? JSON.parse(row.value) : undefined;
    },
    async write(batch) {
      applySqliteBatch(db(), batch);
    },
    async raws(table, ids) {
      const found = new Map<string, unknown>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = prepared(
          db(),
          `SELECT id, raw FROM ${table} WHERE id IN (${placeholders(chunk.length)})`,
        ).all(...chunk) as { id: string; raw: string }[];
        for (const row of rows) found.set(row.id, JSON.parse(row.raw));
      }
      return found;
    },
    async held(table, column, conversationIds) {
      if (conversationIds.length === 0) return new Map();
      const rows = prepared(
        db(),
        `SELECT conversation_id AS c, id, ${column} AS at FROM ${table} WHERE conversation_id IN (${placeholders(conversationIds.length)})`,
      ).all(...conversationIds) as { c: string; id: string; at: number | null }[];
      return heldByConversation(rows);
    },
    async ids(table) {
      return (db().prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id);
    },
    async claim(worker, limit, leaseMs) {
      const now = Date.now();
      const database = db();
      database.exec("BEGIN IMMEDIATE");
      try {
        const rows = prepared(
          database,
          "SELECT conversation_id, last_activity_at FROM sync_pending WHERE claimed_until IS NULL OR claimed_until < ? ORDER BY last_activity_at DESC LIMIT ?",
        ).all(now, limit) as { conversation_id: string; last_activity_at: number }[];
        const mark = prepared(
          database,
          "UPDATE sync_pending SET claimed_by = ?, claimed_until = ? WHERE conversation_id = ?",
        );
        for (const row of rows) mark.run(worker, now + leaseMs, row.conversation_id);
        database.exec("COMMIT");
        return rows.map((r) => ({
          conversationId: r.conversation_id,
          lastActivityAt: Number(r.last_activity_at),
        }));
      } catch (error) {
        database.exec("ROLLBACK");
        throw error;
      }
    },
    async pending() {
      const row = prepared(
        db(),
        "SELECT count(*) AS total, sum(CASE WHEN claimed_until >= ? THEN 1 ELSE 0 END) AS claimed FROM sync_pending",
      ).get(Date.now()) as { total: number; claimed: number | null };
      return { total: Number(row.total), claimed: Number(row.claimed ?? 0) };
    },
    // One process writes a SQLite file: an in-process lock is enough.
    async exclusive(name, fn) {
      if (locks.has(name)) return undefined;
      locks.add(name);
      try {
        return await fn();
      } finally {
        locks.delete(name);
      }
    },
    async search(query, options = {}) {
      const checked = await checkSearch(query, options, async (table) =>
        (prepared(db(), `SELECT id, raw FROM ${table}`).all() as { id: string; raw: string }[]).map(
          (row) => ({ id: row.id, raw: JSON.parse(row.raw) }),
        ),
      );
      return sqliteSearch(db(), query, checked);
    },
    async status(): Promise<StoreStatus> {
      const database = db();
      const rows = {} as Record<TableName, number>;
      for (const table of TABLE_NAMES) {
        rows[table] = Number(
          (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
        );
      }
      const checkpoints = (
        database
          .prepare("SELECT stream, value, updated_at FROM sync_checkpoints ORDER BY stream")
          .all() as { stream: string; value: string; updated_at: number }[]
      ).map((r) => ({
        stream: r.stream,
        value: JSON.parse(r.value),
        updatedAt: Number(r.updated_at),
      }));
      const version = database.prepare("SELECT max(version) AS v FROM sync_migrations").get() as {
        v: number;
      };
      return {
        schemaVersion: Number(version.v),
        rows,
        checkpoints,
        pending: (await this.pending()).total,
        meta: await this.meta(),
      };
    },
  };
}

/**
 * `postgresStore(url)`: a team's shared copy on PostgreSQL (node-postgres, pure JS), with
 * `tsvector` + GIN and `websearch_to_tsquery` for search. Several workers may share it: a
 * stream is walked by whoever holds its advisory lock, pending conversations are claimed with
 * `FOR UPDATE SKIP LOCKED` and a lease, so a dead worker's share is taken over.
 */
import type pg from "pg";
import { SyncStoreError } from "./errors.js";
import { holdConnection, pgMigrate, toStoreError } from "./postgres-open.js";
import { postgresSearch } from "./postgres-search.js";
import { applyPostgresBatch } from "./postgres-write.js";
import { TABLE_NAMES, type TableName } from "./schema.js";
import { checkSearch } from "./search-input.js";
import { heldByConversation, type StoreStatus, type SyncStore } from "./store.js";

export interface PostgresStoreOptions {
  /** Connections in the pool. Default 4. */
  poolSize?: number;
}

/** `host:port/database`, never the user's password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(an unparsable database URL)";
  }
}

/** A stable 32-bit key per lock name, for `pg_try_advisory_lock(namespace, key)`. */
function lockKey(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
}
const LOCK_NAMESPACE = 0x6d73; // "ms"

export function postgresStore(url: string, options: PostgresStoreOptions = {}): SyncStore {
  const location = describeUrl(url);
  let pool: pg.Pool | undefined;
  const db = () => {
    if (!pool) throw new Error("postgresStore: call open() first");
    return pool;
  };
  const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
    try {
      return (await db().query<R>(sql, params)).rows;
    } catch (error) {
      throw toStoreError(error, location);
    }
  };

  return {
    kind: "postgres",
    location,
    async open() {
      if (pool) return;
      // Loaded on first use: a SQLite user never loads the Postgres driver.
      const { default: driver } = await import("pg");
      const created = new driver.Pool({
        connectionString: url,
        max: options.poolSize ?? 4,
        connectionTimeoutMillis: 10_000,
      });
      // An idle connection that breaks (server restart) must not crash the process.
      created.on("error", () => {});
      try {
        await pgMigrate(created, location);
      } catch (error) {
        await created.end().catch(() => {});
        throw error instanceof SyncStoreError ? error : toStoreError(error, location);
      }
      pool = created;
    },
    async close() {
      await pool?.end();
      pool = undefined;
    },
    async meta() {
      const rows = await query<{ key: string; value: string }>("SELECT key, value FROM sync_meta");
      return Object.fromEntries(rows.map((r) => [r.key, r.value]));
    },
    async checkpoint(stream) {
      const [row] = await query<{ value: string }>(
        "SELECT value FROM sync_checkpoints WHERE stream = $1",
        [stream],
      );
      return row ? JSON.parse(row.value) : undefined;
    },
    async write(batch) {
      const held = await holdConnection(db()).catch((error) => {
        throw toStoreError(error, location);
      });
      try {
        await applyPostgresBatch(held.client, batch);
      } catch (error) {
        throw toStoreError(error, location);
      } finally {
        held.release();
      }
    },
    async raws(table, ids) {
      const rows = await query<{ id: string; raw: unknown }>(
        `SELECT id, raw FROM ${table} WHERE id = ANY($1)`,
        [ids],
      );
      return new Map(rows.map((r) => [r.id, r.raw]));
    },
    async held(table, column, conversationIds) {
      const rows = await query<{ c: string; id: string; at: string | null }>(
        `SELECT conversation_id AS c, id, ${column} AS at FROM ${table} WHERE conversation_id = ANY($1)`,
        [conversationIds],
      );
      return heldByConversation(rows);
    },
    async ids(table) {
      return (await query<{ id: string }>(`SELECT id FROM ${table}`)).map((r) => r.id);
    },
    async claim(worker, limit, leaseMs) {
      const now = Date.now();
      const rows = await query<{ conversation_id: string; last_activity_at: string }>(
        `UPDATE sync_pending SET claimed_by = $1, claimed_until = $2
          WHERE conversation_id IN (
            SELECT conversation_id FROM sync_pending
             WHERE claimed_until IS NULL OR claimed_until < $3
             ORDER BY last_activity_at DESC LIMIT $4
             FOR UPDATE SKIP LOCKED)
          RETURNING conversation_id, last_activity_at`,
        [worker, now + leaseMs, now, limit],
      );
      return rows
        .map((r) => ({
          conversationId: r.conversation_id,
          lastActivityAt: Number(r.last_activity_at),
        }))
        .sort((a, b) => b.lastActivityAt - a.lastActivityAt);
    },
    async pending() {
      const [row] = await query<{ total: string; claimed: string }>(
        "SELECT count(*) AS total, count(*) FILTER (WHERE claimed_until >= $1) AS claimed FROM sync_pending",
        [Date.now()],
      );
      return { total: Number(row?.total ?? 0), claimed: Number(row?.claimed ?? 0) };
    },
    // A session advisory lock on its own connection: it goes with the connection if the
    // process dies, so another worker can take the stream over.
    async exclusive(name, fn) {
      const held = await holdConnection(db()).catch((error) => {
        throw toStoreError(error, location);
      });
      let unlockFailed: Error | undefined;
      try {
        const key = lockKey(name);
        const { rows } = await held.client
          .query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS ok", [
            LOCK_NAMESPACE,
            key,
          ])
          .catch((error) => {
            throw toStoreError(error, location);
          });
        if (!rows[0]?.ok) return undefined;
        try {
          return await fn();
        } finally {
          // A dropped connection took its lock with it; a failed unlock drops the connection,
          // which frees the lock too.
          await held.client
            .query("SELECT pg_advisory_unlock($1, $2)", [LOCK_NAMESPACE, key])
            .catch((error: Error) => {
              unlockFailed = error;
            });
        }
      } finally {
        held.release(unlockFailed);
      }
    },
    async search(text, searchOptions = {}) {
      const checked = await checkSearch(text, searchOptions, (table) =>
        query<{ id: string; raw: unknown }>(`SELECT id, raw FROM ${table}`),
      );
      try {
        return await postgresSearch(db(), text, checked);
      } catch (error) {
        throw toStoreError(error, location);
      }
    },
    async status(): Promise<StoreStatus> {
      const rows = {} as Record<TableName, number>;
      for (const table of TABLE_NAMES) {
        rows[table] = Number(
          (await query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0,
        );
      }
      const checkpoints = (
        await query<{ stream: string; value: string; updated_at: string }>(
          "SELECT stream, value, updated_at FROM sync_checkpoints ORDER BY stream",
        )
      ).map((r) => ({
        stream: r.stream,
        value: JSON.parse(r.value),
        updatedAt: Number(r.updated_at),
      }));
      const [version] = await query<{ v: number }>("SELECT max(version) AS v FROM sync_migrations");
      return {
        schemaVersion: Number(version?.v ?? 0),
        rows,
        checkpoints,
        pending: (await this.pending()).total,
        meta: await this.meta(),
      };
    },
  };
}

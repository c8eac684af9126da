/** Opening a Postgres copy: forward-only migrations under a lock, and errors that say why. */
import type pg from "pg";
import { migrations } from "./ddl.js";
import { SyncStoreError } from "./errors.js";
import { SCHEMA_VERSION } from "./schema.js";

const NETWORK =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|timeout|Connection terminated|not queryable/i;
/** The server is shutting down, crashed, or cut this session (restart, failover, an admin). */
const SHUTDOWN = ["57P01", "57P02", "57P03"];

/** A driver error as a `SyncStoreError` naming the server and the cause (never the password). */
export function toStoreError(error: unknown, location: string): Error {
  if (error instanceof SyncStoreError) return error;
  const err = error as { code?: string; message?: string };
  const cause =
    err.code && !String(err.message).includes(err.code)
      ? `${err.code}: ${err.message}`
      : String(err.message ?? error);
  if (
    NETWORK.test(`${err.code} ${err.message}`) ||
    SHUTDOWN.includes(String(err.code)) ||
    err.code === "28P01" ||
    err.code === "3D000" ||
    err.code === "28000"
  ) {
    return new SyncStoreError(
      `Cannot reach Postgres at ${location} (${cause}): check the server is up and the URL, user and database are right.`,
      "unreachable",
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function pgMigrate(pool: pg.Pool, location: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Several workers may start at once: one migrates, the others wait and find it done.
    await client.query("SELECT pg_advisory_xact_lock(28013, 1)");
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
    );
    const names = new Set(tables.map((t) => t.name));
    if (names.size > 0 && !names.has("sync_migrations")) {
      throw new SyncStoreError(
        `The database at ${location} is not a Missive sync database (it holds other tables): use an empty database.`,
        "foreign",
      );
    }
    await client.query(
      "CREATE TABLE IF NOT EXISTS sync_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
    );
    const { rows } = await client.query<{ v: number | null }>(
      "SELECT max(version) AS v FROM sync_migrations",
    );
    const current = rows[0]?.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new SyncStoreError(
        `The database at ${location} has schema version ${current}, newer than this version of @missive-ts/sync knows (${SCHEMA_VERSION}): upgrade it.`,
        "newer",
      );
    }
    for (const [version, statements] of Object.entries(migrations("postgres"))) {
      if (Number(version) <= current) continue;
      for (const statement of statements) await client.query(statement);
      await client.query("INSERT INTO sync_migrations (version, applied_at) VALUES ($1, $2)", [
        Number(version),
        Date.now(),
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A pooled connection held across awaits (a transaction, an advisory lock): if the server
 * drops it while it is idle, pg emits 'error' on it, which would kill the process unheard.
 * The error is kept instead, the next query on it fails (a `SyncStoreError`), and `release`
 * destroys the broken connection (or one given a `failed` error) rather than pool it.
 */
export async function holdConnection(
  pool: pg.Pool,
): Promise<{ client: pg.PoolClient; release(failed?: Error): void }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  return {
    client,
    release(failed) {
      client.removeListener("error", onError);
      client.release(broken ?? failed);
    },
  };
}

/** One `WriteBatch` into Postgres, in one transaction. */
import type pg from "pg";
import { DOCUMENT_KIND } from "./schema.js";
import { conversationOf, type Row, type WriteBatch } from "./store.js";

/** Rows per INSERT: well under Postgres' 65,535 parameters. */
const CHUNK = 500;

/** One multi-row upsert per table and chunk (a statement may not touch one id twice). */
async function insertMany(
  client: pg.PoolClient,
  table: string,
  names: string[],
  rows: unknown[][],
  conflict: string,
  jsonb: string | null,
): Promise<void> {
  const updates = names
    .filter((name) => !conflict.includes(name))
    .map((name) => `${name} = excluded.${name}`);
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = row.map((value, i) => {
        values.push(value);
        return names[i] === jsonb ? `$${values.length}::jsonb` : `$${values.length}`;
      });
      return `(${slots.join(", ")})`;
    });
    await client.query(
      `INSERT INTO ${table} (${names.join(", ")}) VALUES ${tuples.join(", ")} ON CONFLICT (${conflict}) DO UPDATE SET ${updates.join(", ")}`,
      values,
    );
  }
}

async function upsertAll(client: pg.PoolClient, rows: readonly Row[]): Promise<void> {
  // The last version of each row wins, as one upsert after another would.
  const latest = new Map<string, Row>();
  for (const row of rows) latest.set(`${row.table}\u0000${row.id}`, row);
  const byTable = new Map<string, Row[]>();
  for (const row of latest.values())
    byTable.set(row.table, [...(byTable.get(row.table) ?? []), row]);
  for (const [table, tableRows] of byTable) {
    const names = ["id", ...Object.keys((tableRows[0] as Row).columns), "raw"];
    const values = tableRows.map((row) => [
      row.id,
      ...names.slice(1, -1).map((name) => row.columns[name] ?? null),
      JSON.stringify(row.raw),
    ]);
    await insertMany(client, table, names, values, "id", "raw");
  }
  const docs = [...latest.values()].filter((row) => row.doc);
  const docValues = docs.map((row) => {
    const doc = row.doc as NonNullable<Row["doc"]>;
    return [
      doc.kind,
      row.id,
      conversationOf(row),
      doc.from === null ? null : doc.from.toLowerCase(),
      doc.at,
      doc.title,
      doc.body,
    ];
  });
  const docNames = ["kind", "item_id", "conversation_id", "from_text", "at", "title", "body"];
  await insertMany(client, "search_documents", docNames, docValues, "kind, item_id", null);
}

async function remove(client: pg.PoolClient, table: Row["table"], ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(`DELETE FROM ${table} WHERE id = ANY($1)`, [ids]);
  const kind = DOCUMENT_KIND[table];
  if (kind)
    await client.query("DELETE FROM search_documents WHERE kind = $1 AND item_id = ANY($2)", [
      kind,
      ids,
    ]);
}

export async function applyPostgresBatch(client: pg.PoolClient, batch: WriteBatch): Promise<void> {
  await client.query("BEGIN");
  try {
    await upsertAll(client, batch.upserts ?? []);
    for (const { table, ids } of batch.deletes ?? []) await remove(client, table, ids);
    for (const { table, conversationId, ids } of batch.removeNested ?? []) {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM ${table} WHERE conversation_id = $1 AND id = ANY($2)`,
        [conversationId, ids],
      );
      await remove(
        client,
        table,
        rows.map((r) => r.id),
      );
    }
    const now = Date.now();
    for (const [stream, value] of Object.entries(batch.checkpoints ?? {})) {
      await client.query(
        "INSERT INTO sync_checkpoints (stream, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (stream) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [stream, JSON.stringify(value), now],
      );
    }
    for (const item of batch.pendingAdd ?? []) {
      await client.query(
        "INSERT INTO sync_pending (conversation_id, last_activity_at) VALUES ($1, $2) ON CONFLICT (conversation_id) DO UPDATE SET last_activity_at = GREATEST(sync_pending.last_activity_at, excluded.last_activity_at)",
        [item.conversationId, item.lastActivityAt],
      );
    }
    for (const done of batch.pendingDone ?? []) {
      await client.query(
        "DELETE FROM sync_pending WHERE conversation_id = $1 AND last_activity_at <= $2",
        [done.conversationId, done.lastActivityAt],
      );
    }
    if (batch.pendingRelease) {
      await client.query(
        "UPDATE sync_pending SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = $1 AND conversation_id = ANY($2)",
        [batch.pendingRelease.worker, batch.pendingRelease.conversationIds],
      );
    }
    for (const [key, value] of Object.entries(batch.meta ?? {})) {
      await client.query(
        "INSERT INTO sync_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

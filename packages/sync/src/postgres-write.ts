/** One `WriteBatch` into Postgres, in one transaction. */
import type pg from "pg";
import { DOCUMENT_KIND } from "./schema.js";
import { conversationOf, type Row, type WriteBatch } from "./store.js";

async function upsert(client: pg.PoolClient, row: Row): Promise<void> {
  const names = ["id", ...Object.keys(row.columns), "raw"];
  const values = [row.id, ...Object.values(row.columns), JSON.stringify(row.raw)];
  const slots = names.map((name, i) => (name === "raw" ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const updates = names.slice(1).map((name) => `${name} = excluded.${name}`);
  await client.query(
    `INSERT INTO ${row.table} (${names.join(", ")}) VALUES (${slots.join(", ")}) ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}`,
    values,
  );
  if (!row.doc) return;
  const { doc } = row;
  const conversation = conversationOf(row);
  await client.query(
    `INSERT INTO search_documents (kind, item_id, conversation_id, from_text, at, title, body) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kind, item_id) DO UPDATE SET conversation_id = excluded.conversation_id, from_text = excluded.from_text, at = excluded.at, title = excluded.title, body = excluded.body`,
    [
      doc.kind,
      row.id,
      conversation,
      doc.from === null ? null : doc.from.toLowerCase(),
      doc.at,
      doc.title,
      doc.body,
    ],
  );
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
    for (const row of batch.upserts ?? []) await upsert(client, row);
    for (const { table, ids } of batch.deletes ?? []) await remove(client, table, ids);
    for (const { table, conversationId, keep } of batch.replaceNested ?? []) {
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM ${table} WHERE conversation_id = $1 AND NOT (id = ANY($2))`,
        [conversationId, keep],
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

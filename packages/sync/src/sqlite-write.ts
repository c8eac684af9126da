/** One `WriteBatch` into SQLite, in one transaction: rows, search documents, checkpoints, queue. */

import { DOCUMENT_KIND, type TableName } from "./schema.js";
import { prepared, type SqliteDatabase } from "./sqlite-driver.js";
import { conversationOf, type Row, type WriteBatch } from "./store.js";

const sqlValue = (value: unknown) =>
  typeof value === "boolean"
    ? value
      ? 1
      : 0
    : value === undefined
      ? null
      : (value as string | number | null);

function upsert(db: SqliteDatabase, row: Row): void {
  const names = ["id", ...Object.keys(row.columns), "raw"];
  const values = [row.id, ...Object.values(row.columns).map(sqlValue), JSON.stringify(row.raw)];
  const updates = names.slice(1).map((name) => `${name} = excluded.${name}`);
  prepared(
    db,
    `INSERT INTO ${row.table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")}) ON CONFLICT (id) DO UPDATE SET ${updates.join(", ")}`,
  ).run(...values);
  if (!row.doc) return;
  const { doc } = row;
  const conversation = conversationOf(row);
  const found = prepared(
    db,
    "SELECT doc_id FROM search_documents WHERE kind = ? AND item_id = ?",
  ).get(doc.kind, row.id) as { doc_id: number } | undefined;
  const from = doc.from === null ? null : doc.from.toLowerCase();
  if (found) {
    prepared(
      db,
      "UPDATE search_documents SET conversation_id = ?, from_text = ?, at = ? WHERE doc_id = ?",
    ).run(conversation, from, doc.at, found.doc_id);
    prepared(db, "DELETE FROM search_fts WHERE rowid = ?").run(found.doc_id);
    prepared(db, "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)").run(
      found.doc_id,
      doc.title,
      doc.body,
    );
    return;
  }
  const inserted = prepared(
    db,
    "INSERT INTO search_documents (kind, item_id, conversation_id, from_text, at) VALUES (?, ?, ?, ?, ?)",
  ).run(doc.kind, row.id, conversation, from, doc.at);
  prepared(db, "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)").run(
    inserted.lastInsertRowid,
    doc.title,
    doc.body,
  );
}

function remove(db: SqliteDatabase, table: TableName, id: string): void {
  prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
  const kind = DOCUMENT_KIND[table];
  if (!kind) return;
  const doc = prepared(
    db,
    "SELECT doc_id FROM search_documents WHERE kind = ? AND item_id = ?",
  ).get(kind, id) as { doc_id: number } | undefined;
  if (!doc) return;
  prepared(db, "DELETE FROM search_fts WHERE rowid = ?").run(doc.doc_id);
  prepared(db, "DELETE FROM search_documents WHERE doc_id = ?").run(doc.doc_id);
}

export function applySqliteBatch(db: SqliteDatabase, batch: WriteBatch): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    for (const row of batch.upserts ?? []) upsert(db, row);
    for (const { table, ids } of batch.deletes ?? []) for (const id of ids) remove(db, table, id);
    for (const { table, conversationId, ids } of batch.removeNested ?? []) {
      const still = prepared(db, `SELECT 1 FROM ${table} WHERE id = ? AND conversation_id = ?`);
      for (const id of ids) if (still.get(id, conversationId)) remove(db, table, id);
    }
    const now = Date.now();
    for (const [stream, value] of Object.entries(batch.checkpoints ?? {})) {
      prepared(
        db,
        "INSERT INTO sync_checkpoints (stream, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (stream) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
      ).run(stream, JSON.stringify(value), now);
    }
    for (const item of batch.pendingAdd ?? []) {
      prepared(
        db,
        "INSERT INTO sync_pending (conversation_id, last_activity_at) VALUES (?, ?) ON CONFLICT (conversation_id) DO UPDATE SET last_activity_at = max(last_activity_at, excluded.last_activity_at)",
      ).run(item.conversationId, item.lastActivityAt);
    }
    for (const done of batch.pendingDone ?? []) {
      prepared(
        db,
        "DELETE FROM sync_pending WHERE conversation_id = ? AND last_activity_at <= ?",
      ).run(done.conversationId, done.lastActivityAt);
    }
    if (batch.pendingRelease) {
      const { worker, conversationIds } = batch.pendingRelease;
      const release = prepared(
        db,
        "UPDATE sync_pending SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ? AND conversation_id = ?",
      );
      for (const id of conversationIds) release.run(worker, id);
    }
    for (const [key, value] of Object.entries(batch.meta ?? {})) {
      prepared(
        db,
        "INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(key, value);
    }
    db.exec("COMMIT");
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}

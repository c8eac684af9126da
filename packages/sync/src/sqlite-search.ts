/**
 * Search on SQLite: FTS5 MATCH ranked by bm25 (titles weigh 4×). A word in most documents
 * would make bm25 score them all: the ranking runs over the newest `RANK_WINDOW` matches
 * (FTS5 walks them in rowid order, newest last, at no cost), then `snippet()` runs for the
 * returned hits alone. Equal scores go to the older document (lower `doc_id`), as on Postgres.
 */
import { toFtsQuery } from "./search-query.js";
import { searchFilters, toHit } from "./search-sql.js";
import { prepared, type SqliteDatabase } from "./sqlite-driver.js";
import type { SearchHit, SearchOptions } from "./store.js";

type Value = string | number | bigint | null;

/** Matches ranked at most: the newest ones, when a query matches more (see the README). */
export const RANK_WINDOW = 2_000;

/** The MATCH with its filters, and the oldest rowid of the window (0 when it holds all). */
export interface SqliteWindow {
  params: Value[];
  joins: string;
  where: string;
  oldest: number;
}

export function sqliteWindow(
  db: SqliteDatabase,
  match: string,
  options: SearchOptions,
): SqliteWindow {
  const params: Value[] = [match];
  const param = (value: unknown) => {
    params.push(typeof value === "boolean" ? (value ? 1 : 0) : (value as Value));
    return "?";
  };
  const filters = searchFilters(options, param);
  const joins =
    filters.length > 0
      ? "JOIN search_documents d ON d.doc_id = search_fts.rowid LEFT JOIN conversations c ON c.id = d.conversation_id"
      : "";
  const where = `search_fts MATCH ?${filters.map((f) => ` AND ${f}`).join("")}`;
  // The oldest of the newest RANK_WINDOW matches: FTS5 takes a rowid bound without scoring.
  const cutoff = prepared(
    db,
    `SELECT search_fts.rowid AS doc_id FROM search_fts ${joins} WHERE ${where}
      ORDER BY search_fts.rowid DESC LIMIT 1 OFFSET ${RANK_WINDOW - 1}`,
  ).get(...params) as { doc_id: number } | undefined;
  return { params, joins, where, oldest: cutoff?.doc_id ?? 0 };
}

export function sqliteSearch(
  db: SqliteDatabase,
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === "") return [];
  const { params, joins, where, oldest } = sqliteWindow(db, match, options);
  // Rowid bounds go to FTS5 as bigints: node:sqlite binds a number as a REAL, and FTS5 uses
  // only an INTEGER bound. A REAL `>=` makes it read every match (SQLite drops the rows
  // below the bound afterwards: a common word's whole list, each query); a REAL `=` beside
  // MATCH is dropped altogether and every match comes back (SQLite 3.53.4).
  const top = prepared(
    db,
    `SELECT search_fts.rowid AS doc_id, bm25(search_fts, 4.0, 1.0) AS rank
       FROM search_fts ${joins}
      WHERE ${where} AND search_fts.rowid >= ?
      ORDER BY rank, search_fts.rowid
      LIMIT ?`,
  ).all(...params, BigInt(oldest), options.limit ?? 20) as {
    doc_id: number;
    rank: number;
  }[];
  if (top.length === 0) return [];
  const ids = top.map((hit) => hit.doc_id);
  // Snippets in one more walk over the rowids the hits span. Not a join from the hits:
  // FTS5 would start the query over for each hit, reading each term's list in every segment.
  const rows = prepared(
    db,
    `SELECT search_fts.rowid AS doc_id, d.kind, d.item_id, d.conversation_id, d.at,
            search_fts.title AS title, snippet(search_fts, -1, '«', '»', '…', 16) AS snippet
       FROM search_fts CROSS JOIN search_documents d ON d.doc_id = search_fts.rowid
      WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ?
        AND +search_fts.rowid IN (SELECT value FROM json_each(?))`,
  ).all(
    match,
    BigInt(Math.min(...ids)),
    BigInt(Math.max(...ids)),
    JSON.stringify(ids),
  ) as (Parameters<typeof toHit>[0] & { doc_id: number })[];
  const byId = new Map(rows.map((row) => [row.doc_id, row]));
  return top.flatMap(({ doc_id, rank }) => {
    const row = byId.get(doc_id);
    return row ? [toHit(row, -rank)] : [];
  });
}

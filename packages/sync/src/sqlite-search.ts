/**
 * Search on SQLite: FTS5 MATCH ranked by bm25 (titles weigh 4×). A word in most documents
 * would make bm25 score them all: the ranking runs over the newest `RANK_WINDOW` matches
 * (FTS5 walks them in rowid order, newest last, at no cost), then `snippet()` runs for the
 * returned hits alone.
 */
import { searchFilters, toFtsQuery, toHit } from "./search-sql.js";
import { prepared, type SqliteDatabase } from "./sqlite-driver.js";
import type { SearchHit, SearchOptions } from "./store.js";

type Value = string | number | null;

/** Matches ranked at most: the newest ones, when a query matches more (see the README). */
export const RANK_WINDOW = 2_000;

export function sqliteSearch(
  db: SqliteDatabase,
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === "") return [];
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
  const all: Value[] = [...params, cutoff?.doc_id ?? 0, options.limit ?? 20, match];
  const rows = prepared(
    db,
    `WITH top AS (
       SELECT search_fts.rowid AS doc_id, bm25(search_fts, 4.0, 1.0) AS rank
         FROM search_fts ${joins}
        WHERE ${where} AND search_fts.rowid >= ?
        ORDER BY rank
        LIMIT ?)
     SELECT d.kind, d.item_id, d.conversation_id, d.at, search_fts.title AS title,
            snippet(search_fts, -1, '«', '»', '…', 16) AS snippet, top.rank AS rank
       FROM top
       JOIN search_fts ON search_fts.rowid = top.doc_id
       JOIN search_documents d ON d.doc_id = top.doc_id
      WHERE search_fts MATCH ?
      ORDER BY top.rank`,
  ).all(...all) as (Parameters<typeof toHit>[0] & { rank: number })[];
  return rows.map((row) => toHit(row, -row.rank));
}

/** Search on SQLite: FTS5 MATCH, ranked by bm25 (subjects and names weigh more), with snippets. */
import { searchFilters, toFtsQuery, toHit } from "./search-sql.js";
import type { SqliteDatabase } from "./sqlite-driver.js";
import type { SearchHit, SearchOptions } from "./store.js";

export function sqliteSearch(
  db: SqliteDatabase,
  query: string,
  options: SearchOptions,
): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === "") return [];
  const params: unknown[] = [match];
  const param = (value: unknown) => {
    params.push(typeof value === "boolean" ? (value ? 1 : 0) : value);
    return "?";
  };
  const where = ["search_fts MATCH ?", ...searchFilters(options, param)];
  params.push(options.limit ?? 20);
  const rows = db
    .prepare(
      `SELECT d.kind, d.item_id, d.conversation_id, d.at, search_fts.title AS title,
              snippet(search_fts, -1, '«', '»', '…', 16) AS snippet,
              bm25(search_fts, 4.0, 1.0) AS rank
         FROM search_fts
         JOIN search_documents d ON d.doc_id = search_fts.rowid
         LEFT JOIN conversations c ON c.id = d.conversation_id
        WHERE ${where.join(" AND ")}
        ORDER BY rank
        LIMIT ?`,
    )
    .all(...(params as (string | number | null)[])) as {
    kind: SearchHit["kind"];
    item_id: string;
    conversation_id: string | null;
    at: number | null;
    title: string;
    snippet: string;
    rank: number;
  }[];
  return rows.map((row) => toHit(row, -row.rank));
}

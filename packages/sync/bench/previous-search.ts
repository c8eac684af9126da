/**
 * The search queries as they were before the latency fix, kept as the bench's baseline: each
 * store's new query is timed against its old one on the same data in the same run, and the
 * hits of both are compared. SQLite's old shape bound the window's rowid as a REAL (FTS5 then
 * read every match) and joined the hits to a second full MATCH scan for their snippets.
 */
import pg from "pg";
import { toFtsQuery } from "../src/search-query.ts";
import { searchFilters, toHit } from "../src/search-sql.ts";
import { loadSqlite, prepared } from "../src/sqlite-driver.ts";
import { RANK_WINDOW, sqliteWindow } from "../src/sqlite-search.ts";
import type { SearchHit, SearchOptions } from "../src/store.ts";

export type Search = (query: string, options: SearchOptions) => Promise<SearchHit[]>;
type Baseline = Search & { end(): Promise<void> };

export async function previousSqliteSearch(path: string): Promise<Baseline> {
  const { DatabaseSync } = await loadSqlite();
  const db = new DatabaseSync(path);
  const search: Search = async (query, options) => {
    const match = toFtsQuery(query);
    if (match === "") return [];
    // The window as before (unchanged); only the ranking and snippet query differ.
    const { params, joins, where, oldest } = sqliteWindow(db, match, options);
    const rows = prepared(
      db,
      `WITH top AS (
         SELECT search_fts.rowid AS doc_id, bm25(search_fts, 4.0, 1.0) AS rank
           FROM search_fts ${joins} WHERE ${where} AND search_fts.rowid >= ? ORDER BY rank LIMIT ?)
       SELECT d.kind, d.item_id, d.conversation_id, d.at, search_fts.title AS title,
              snippet(search_fts, -1, '«', '»', '…', 16) AS snippet, top.rank AS rank
         FROM top JOIN search_fts ON search_fts.rowid = top.doc_id
         JOIN search_documents d ON d.doc_id = top.doc_id
        WHERE search_fts MATCH ? ORDER BY top.rank`,
    ).all(...params, oldest, options.limit ?? 20, match) as (Parameters<typeof toHit>[0] & {
      rank: number;
    })[];
    return rows.map((row) => toHit(row, -row.rank));
  };
  return Object.assign(search, { end: async () => db.close() });
}

/** Postgres' query before equal scores were ordered by `doc_id` (otherwise the same). */
export function previousPostgresSearch(url: string): Baseline {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const search = async (text: string, options: SearchOptions) => {
    const params: unknown[] = [text];
    const where = [
      "d.tsv @@ websearch_to_tsquery('simple', $1)",
      ...searchFilters(options, (value) => `$${params.push(value)}`),
    ];
    const limit = `$${params.push(options.limit ?? 20)}`;
    const { rows } = await pool.query(
      `WITH q AS (SELECT websearch_to_tsquery('simple', $1) AS query),
       recent AS (
         SELECT d.doc_id FROM search_documents d LEFT JOIN conversations c ON c.id = d.conversation_id
          WHERE ${where.join(" AND ")} ORDER BY d.doc_id DESC LIMIT ${RANK_WINDOW}),
       hits AS (
         SELECT d.kind, d.item_id, d.conversation_id, d.at, d.title, d.body, ts_rank(d.tsv, q.query) AS score
           FROM search_documents d CROSS JOIN q LEFT JOIN conversations c ON c.id = d.conversation_id
          WHERE d.doc_id IN (SELECT doc_id FROM recent) ORDER BY score DESC, d.doc_id LIMIT ${limit})
       SELECT h.kind, h.item_id, h.conversation_id, h.at, h.title, h.score,
              ts_headline('simple', CASE WHEN h.body <> '' THEN h.body ELSE h.title END, q.query,
                          'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
         FROM hits h CROSS JOIN q ORDER BY h.score DESC`,
      params,
    );
    return rows.map((row) => toHit(row, Number(row.score)));
  };
  return Object.assign(search, { end: () => pool.end() });
}

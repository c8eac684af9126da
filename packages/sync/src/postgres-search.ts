/** Search on Postgres: `websearch_to_tsquery` on the GIN-indexed `tsvector`, `ts_rank_cd`, `ts_headline`. */
import type pg from "pg";
import { toWebQuery } from "./search-query.js";
import { searchFilters, toHit } from "./search-sql.js";
import { RANK_WINDOW } from "./sqlite-search.js";
import type { SearchHit, SearchOptions } from "./store.js";

const HEADLINE =
  "'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…'";

export async function postgresSearch(
  pool: pg.Pool,
  text: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  // The query as both stores read it (see search-query.ts), not as typed.
  const params: unknown[] = [toWebQuery(text)];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // The tsquery inline (not from the CTE): the planner then sees the words, and walks the
  // primary key backwards for a common one instead of reading every match.
  const where = [
    "d.tsv @@ websearch_to_tsquery('simple', missive_fold($1))",
    ...searchFilters(options, param),
  ];
  const limit = param(options.limit ?? 20);
  // As on SQLite: ranked over the newest RANK_WINDOW matches at most (a common word would
  // otherwise rank every document that has it).
  // The headline is computed for the returned hits only (it re-parses the text). Equal
  // scores go to the older document (lower `doc_id`), in the hits and in their order.
  const { rows } = await pool.query<{
    kind: SearchHit["kind"];
    item_id: string;
    conversation_id: string | null;
    at: string | null;
    title: string;
    snippet: string;
    score: number;
  }>(
    `WITH q AS (SELECT websearch_to_tsquery('simple', missive_fold($1)) AS query),
     recent AS (
       SELECT d.doc_id FROM search_documents d
         LEFT JOIN conversations c ON c.id = d.conversation_id
        WHERE ${where.join(" AND ")}
        ORDER BY d.doc_id DESC
        LIMIT ${RANK_WINDOW}),
     hits AS (
       SELECT d.doc_id, d.kind, d.item_id, d.conversation_id, d.at, d.title, d.body, ts_rank(d.tsv, q.query) AS score
         FROM search_documents d CROSS JOIN q
         LEFT JOIN conversations c ON c.id = d.conversation_id
        WHERE d.doc_id IN (SELECT doc_id FROM recent)
        ORDER BY score DESC, d.doc_id
        LIMIT ${limit}),
     shown AS (
       SELECT h.*, CASE WHEN h.body <> '' THEN h.body ELSE h.title END AS text FROM hits h),
     marked AS (
       SELECT s.*, ts_headline('simple', s.text, q.query, ${HEADLINE}) AS headline
         FROM shown s CROSS JOIN q)
     SELECT m.kind, m.item_id, m.conversation_id, m.at, m.title, m.score,
            -- Terms matched only without their accents are marked in the folded text.
            CASE WHEN position('«' IN m.headline) > 0 THEN m.headline
                 ELSE ts_headline('simple', missive_fold(m.text), q.query, ${HEADLINE}) END AS snippet
       FROM marked m CROSS JOIN q
      ORDER BY m.score DESC, m.doc_id`,
    params,
  );
  return rows.map((row) => toHit(row, Number(row.score)));
}

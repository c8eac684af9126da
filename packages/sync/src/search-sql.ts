/**
 * The filters of a search, as SQL shared by both stores (`?`-style placeholders are made by
 * `param`, which each store supplies). `d` is `search_documents`, `c` its conversation.
 */
import type { SearchHit, SearchOptions } from "./store.js";

/** A row of either store's search query as the hit both return. */
export interface HitRow {
  kind: SearchHit["kind"];
  item_id: string;
  conversation_id: string | null;
  at: number | string | null;
  title: string;
  snippet: string;
}

export const toHit = (row: HitRow, score: number): SearchHit => ({
  kind: row.kind,
  id: row.item_id,
  conversation: row.conversation_id,
  title: row.title,
  snippet: row.snippet,
  score,
  at: row.at === null ? null : Number(row.at),
});

export function searchFilters(options: SearchOptions, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (options.from !== undefined) {
    // `%` and `_` in a name are characters to find, not LIKE wildcards.
    const literal = options.from.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(`d.from_text LIKE ${param(`%${literal}%`)} ESCAPE '\\'`);
  }
  if (options.after !== undefined) where.push(`d.at >= ${param(options.after)}`);
  if (options.before !== undefined) where.push(`d.at < ${param(options.before)}`);
  if (options.label !== undefined) {
    const label = options.label.toLowerCase();
    where.push(
      `EXISTS (SELECT 1 FROM shared_labels l WHERE (l.id = ${param(options.label)} OR lower(l.name) = ${param(label)}) ` +
        `AND c.shared_label_ids LIKE '%"' || l.id || '"%')`,
    );
  }
  if (options.team !== undefined) {
    where.push(
      `(c.team_id = ${param(options.team)} OR c.team_id IN (SELECT id FROM teams WHERE lower(name) = ${param(options.team.toLowerCase())}))`,
    );
  }
  if (options.closed !== undefined) where.push(`c.closed = ${param(options.closed)}`);
  if (options.kinds && options.kinds.length > 0) {
    where.push(`d.kind IN (${options.kinds.map((kind) => param(kind)).join(", ")})`);
  }
  return where;
}

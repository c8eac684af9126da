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
  if (options.from !== undefined)
    where.push(`d.from_text LIKE ${param(`%${options.from.toLowerCase()}%`)}`);
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

/**
 * A web-search style query (`"a phrase"`, `-word`, `or`) as an FTS5 MATCH expression: every
 * word is quoted, so FTS5 operators and punctuation in the text never make a syntax error.
 */
export function toFtsQuery(query: string): string {
  const parts: string[] = [];
  const tokens = query.match(/-?"[^"]*"?|\S+/g) ?? [];
  for (const token of tokens) {
    if (/^or$/i.test(token)) {
      if (parts.length > 0) parts.push("OR");
      continue;
    }
    const negated = token.startsWith("-") && token.length > 1;
    const text = (negated ? token.slice(1) : token).replace(/"/g, " ").trim();
    const terms = text.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
    if (terms.length === 0) continue;
    const phrase = `"${terms.join(" ")}"`;
    parts.push(negated ? `NOT ${phrase}` : phrase);
  }
  // FTS5's NOT is binary (`a NOT b`) and OR needs two sides: drop what would dangle.
  const clean: string[] = [];
  for (const part of parts) {
    const previous = clean[clean.length - 1];
    if (part.startsWith("NOT ") && (previous === undefined || previous === "OR")) {
      if (previous === "OR") clean.pop();
      if (clean.length === 0) continue;
    }
    if (part === "OR" && (previous === undefined || previous === "OR")) continue;
    clean.push(part);
  }
  if (clean[clean.length - 1] === "OR") clean.pop();
  return clean.join(" ");
}

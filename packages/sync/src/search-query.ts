/**
 * The web-search style query both stores take (words, `"a phrase"`, `-word`, `or`), read once
 * here so that SQLite and Postgres read it the same way, and written out for FTS5 MATCH and
 * for `websearch_to_tsquery`. Every word is quoted, so operators and punctuation in the text
 * (`NEAR(`, `*`, `:`, `^`, `&`, `!`, a lone `"`) are only text, never a syntax error.
 */

/** One phrase of a query: its words, as typed (`text`), and whether it is excluded. */
export interface QueryPart {
  text: string;
  negated: boolean;
}

/**
 * The query as OR-groups of phrases. A group needs a phrase to look for: exclusions alone
 * (`-spam`, `a or -b`) cannot be searched for, so such a group is left out; an empty result
 * means the query has no word to look for.
 */
export function parseQuery(query: string): QueryPart[][] {
  // Control characters (NUL included) are not text: Postgres refuses NUL outright.
  const tokens = query.replace(/\p{Cc}/gu, " ").match(/-?"[^"]*"?|\S+/g) ?? [];
  const groups: QueryPart[][] = [[]];
  for (const token of tokens) {
    if (/^or$/i.test(token)) {
      groups.push([]);
      continue;
    }
    const negated = token.startsWith("-") && token.length > 1;
    const text = (negated ? token.slice(1) : token).replace(/"/g, " ").trim();
    // Only letters and digits make a word both stores index (`_`, emoji and `*` do not).
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    groups[groups.length - 1]?.push({ text, negated });
  }
  return groups.filter((group) => group.some((part) => !part.negated));
}

/**
 * As an FTS5 MATCH expression. FTS5's NOT is binary (`a NOT b`): each group's exclusions come
 * after its phrases, so `-spam refund` excludes spam as `refund -spam` does.
 */
export function toFtsQuery(query: string): string {
  const groups = parseQuery(query).map((group) => {
    const phrase = (part: QueryPart) =>
      `"${part.text
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(" ")}"`;
    const wanted = group.filter((part) => !part.negated).map(phrase);
    const excluded = group.filter((part) => part.negated).map((part) => `NOT ${phrase(part)}`);
    return [...wanted, ...excluded].join(" ");
  });
  return groups.length > 1 ? groups.map((group) => `(${group})`).join(" OR ") : (groups[0] ?? "");
}

/**
 * As `websearch_to_tsquery` text. Each phrase keeps its text as typed (Postgres' parser reads
 * `ann@zoo.org` as one word), quoted, so a stray `or` at either end is not a word here either.
 */
export function toWebQuery(query: string): string {
  return parseQuery(query)
    .map((group) =>
      group.map((part) => `${part.negated ? "-" : ""}"${part.text.replace(/"/g, "")}"`).join(" "),
    )
    .join(" or ");
}

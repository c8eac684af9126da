/**
 * Checks a search before it runs, the same for both stores: what is wrong in it becomes a
 * `SearchInputError` saying what to type instead, never a raw SQL error or a silent "no hits"
 * (an unknown label would otherwise match nothing). Labels are found by id, name or full path
 * (`Billing/Invoices`, spaces around `/` ignored), as the CLI's other commands take them.
 */
import { SearchInputError } from "./errors.js";
import { parseQuery } from "./search-query.js";
import type { SearchOptions } from "./store.js";

/** The id and raw object of every row of a small directory table. */
export type DirectoryRows = (
  table: "shared_labels" | "teams",
) => Promise<{ id: string; raw: unknown }[]>;

const MAX_NAMED = 15;
const shown = (text: string) => {
  const clean = text.replace(/\p{Cc}/gu, " ");
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
};
const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/")
    .trim();

/** The options to search with (a label given by path becomes its id), or a SearchInputError. */
export async function checkSearch(
  query: string,
  options: SearchOptions,
  rows: DirectoryRows,
): Promise<SearchOptions> {
  if (parseQuery(query).length === 0) {
    throw new SearchInputError(
      `The query "${shown(query)}" has no word to look for (punctuation, operators and -exclusions alone match nothing): add one, e.g. "refund request" or "invoice -paid".`,
    );
  }
  for (const flag of ["after", "before"] as const) {
    const value = options[flag];
    if (value !== undefined && !Number.isFinite(value))
      throw new SearchInputError(`${flag} must be a time in Unix seconds, not ${value}.`);
  }
  const { after, before } = options;
  if (after !== undefined && before !== undefined && after >= before) {
    const day = (t: number) => new Date(t * 1_000).toISOString().replace(".000", "");
    throw new SearchInputError(
      `after (${day(after)}) is not earlier than before (${day(before)}): nothing can match. Swap them, or widen the range.`,
    );
  }
  const limit = options.limit;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1))
    throw new SearchInputError(`limit must be a whole number of at least 1, not ${limit}.`);
  const checked = { ...options };
  if (options.label !== undefined) checked.label = await known("shared label", options.label);
  if (options.team !== undefined) checked.team = await known("team", options.team);
  return checked;

  async function known(what: "shared label" | "team", wanted: string): Promise<string> {
    const all = (await rows(what === "team" ? "teams" : "shared_labels")).map(({ id, raw }) => {
      const r = raw as { name?: unknown; name_with_parent_names?: unknown };
      const name = String(r.name ?? id);
      return { id, name, path: String(r.name_with_parent_names ?? name) };
    });
    const match = all.filter(
      (row) => row.id === wanted || key(row.name) === key(wanted) || key(row.path) === key(wanted),
    );
    // One match is searched by its id; several of one name stay a name (the filter takes any).
    if (match.length === 1) return (match[0] as { id: string }).id;
    if (match.length > 1) return wanted;
    const names = all.map((row) => row.path).sort();
    const listed =
      names.length === 0
        ? `the copy has none yet: run missive sync first`
        : `known: ${names.slice(0, MAX_NAMED).join(", ")}${names.length > MAX_NAMED ? `, and ${names.length - MAX_NAMED} more` : ""}`;
    throw new SearchInputError(`No ${what} "${shown(wanted)}" in the copy (${listed}).`);
  }
}

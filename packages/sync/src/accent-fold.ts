/**
 * Accents on Postgres. SQLite's FTS5 tokenizer ignores them (`remove_diacritics 2`); the
 * `simple` text search configuration does not, and the `unaccent` extension may not be
 * installed (or installable) on a team's server. So schema version 2 adds an IMMUTABLE SQL
 * function, `missive_fold(text)`, a `translate()` from every Latin letter with diacritics
 * (Latin-1, Extended-A and B, Extended Additional) to its base letter, and indexes and queries
 * folded text: `cafe` finds `café`, and `café` finds `cafe`, as on SQLite.
 */

/** The letters that lose their marks, and what they become, in matching order. */
function foldPairs(): [string, string] {
  let from = "";
  let to = "";
  const ranges: [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      const letter = String.fromCodePoint(code);
      const base = letter.normalize("NFD").replace(/\p{M}/gu, "");
      // One letter for one (translate() maps characters, not strings); ß, æ, ø… stay.
      if (base.length === 1 && base !== letter && /\p{L}/u.test(base)) {
        from += letter;
        to += base;
      }
    }
  }
  return [from, to];
}

/** The statements of the function (its text is fixed once written: a migration never changes). */
export function foldFunctionDdl(): string {
  const [from, to] = foldPairs();
  return (
    "CREATE OR REPLACE FUNCTION missive_fold(input text) RETURNS text " +
    `LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT translate(input, '${from}', '${to}') $$`
  );
}

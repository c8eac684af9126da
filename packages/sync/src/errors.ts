/** Errors of the sync: each says what was wrong and what to do next. */

/**
 * The database cannot be used: a path that cannot be written, a corrupt file, a database of
 * another application or of a newer version, or an unreachable server. `reason` says which.
 */
export class SyncStoreError extends Error {
  override readonly name = "SyncStoreError";
  constructor(
    message: string,
    readonly reason: "unwritable" | "corrupt" | "foreign" | "newer" | "unreachable" | "runtime",
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The database holds another Missive account than the token's: syncing into it is refused. */
export class ForeignAccountError extends Error {
  override readonly name = "ForeignAccountError";
  constructor(
    readonly stored: string,
    readonly current: string,
  ) {
    super(
      `This database holds the Missive account ${stored}, not ${current} (the token's). ` +
        "Use another --db/--database-url for this account.",
    );
  }
}

/**
 * A search the copy cannot answer as asked: a query with no word to look for, an unknown
 * label or team, a date or limit that is not a number. The message says what to type instead.
 */
export class SearchInputError extends Error {
  override readonly name = "SearchInputError";
}

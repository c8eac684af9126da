/**
 * The store could not reach Redis, so no request was sent to Missive: the store fails closed
 * rather than let processes overrun the token's limits. Safe to retry once Redis is back.
 */
export class RedisRateLimitStoreError extends Error {
  override readonly name = "RedisRateLimitStoreError";

  constructor(what: string, options?: { cause?: unknown }) {
    const why = options?.cause instanceof Error ? `: ${options.cause.message}` : "";
    super(
      `The Redis rate-limit store could not ${what}${why}. No request was sent to Missive ` +
        "(the store fails closed while Redis is unreachable); retry once Redis answers again.",
      options,
    );
  }
}

/** What the store was doing when Redis failed, and what that means for the caller. */
export interface StoreFailure {
  action: string;
  consequence: string;
}

export const failures = {
  acquire: {
    action: "take a rate-limit slot",
    consequence:
      "No request was sent to Missive (the store fails closed while Redis is unreachable); " +
      "retry once Redis answers again.",
  },
  release: {
    action: "release a rate-limit slot",
    consequence: "The slot comes back by itself once its lease (leaseMs) expires.",
  },
  pause: {
    action: "share the pause after a 429",
    consequence: "No other process can take a slot while Redis is unreachable either.",
  },
} satisfies Record<string, StoreFailure>;

/**
 * Redis did not answer (down, unreachable, slower than `timeoutMs`). From `tryAcquire` it means
 * no request was sent to Missive: the store fails closed rather than let processes overrun the
 * token's limits, and the call is safe to retry once Redis is back.
 */
export class RedisRateLimitStoreError extends Error {
  override readonly name = "RedisRateLimitStoreError";

  constructor(failure: StoreFailure, options?: { cause?: unknown }) {
    const why =
      options?.cause instanceof Error ? `: ${options.cause.message.replace(/\.$/, "")}` : "";
    super(
      `The Redis rate-limit store could not ${failure.action}${why}. ${failure.consequence}`,
      options,
    );
  }
}

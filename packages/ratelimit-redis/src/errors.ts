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
  reply: {
    action: "take a rate-limit slot",
    consequence:
      "No request was sent to Missive (the store fails closed on an answer it cannot read). " +
      "Check that the server runs Redis 6.2+ or Valkey with Lua scripting, with no proxy " +
      "rewriting script replies.",
  },
} satisfies Record<string, StoreFailure>;

/** What a cause may keep: what explains a failure (`ECONNREFUSED`, `127.0.0.1`, `6379`). */
const explaining = ["code", "errno", "syscall", "address", "port"] as const;

/**
 * A copy of a Redis client's error holding only its name, message and the fields that explain
 * it. ioredis attaches the failed command (`command.args`: an AUTH carries the password) and
 * more, and loggers and error trackers serialise a cause to any depth; `secret` (the URL's
 * password) is also cut from the text, in case a message ever quotes it.
 */
export function safeCause(cause: unknown, secret = ""): Error {
  const hide = (text: string) => (secret ? text.split(secret).join("***") : text);
  const source = cause instanceof Error ? cause : new Error(String(cause));
  const copy = new Error(hide(source.message));
  copy.name = hide(source.name);
  const fields = source as unknown as Record<string, unknown>;
  for (const key of explaining) {
    const value = fields[key];
    if (typeof value === "number") Object.assign(copy, { [key]: value });
    if (typeof value === "string") Object.assign(copy, { [key]: hide(value) });
  }
  return copy;
}

/**
 * Redis did not answer (down, unreachable, slower than `timeoutMs`), or answered what the
 * store cannot read. From `tryAcquire` it means no request was sent to Missive: the store fails
 * closed rather than let processes overrun the token's limits, and the call is safe to retry
 * once Redis is back. Its `cause` is a copy of the Redis client's error that never holds the
 * password.
 */
export class RedisRateLimitStoreError extends Error {
  override readonly name = "RedisRateLimitStoreError";

  constructor(failure: StoreFailure, options?: { cause?: unknown; secret?: string | undefined }) {
    const cause =
      options?.cause === undefined ? undefined : safeCause(options.cause, options.secret);
    const why = cause ? `: ${cause.message.replace(/\.$/, "")}` : "";
    super(
      `The Redis rate-limit store could not ${failure.action}${why}. ${failure.consequence}`,
      cause ? { cause } : undefined,
    );
  }
}

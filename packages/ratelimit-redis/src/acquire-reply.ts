/** What the acquire script answers (src/lua/acquire.ts), once checked. */
export type AcquireReply =
  | { granted: true }
  | {
      granted: false;
      reason: "paused" | "concurrency" | "window";
      waitMs: number;
      /** Index of the full window, or -1 (none). */
      full: number;
    };

const reasons = new Set(["paused", "concurrency", "window"]);

/**
 * The acquire script's reply, or `undefined` when it is not one the script gives: `{1, lease}`,
 * or `{0, reason, waitMs ≥ 0, window index or -1}`. Anything else (a Redis-compatible server or
 * a proxy mangling replies) must fail closed: read as a wait of 0, it had the client retry at
 * once, thousands of times a second.
 */
export function readAcquireReply(
  reply: unknown,
  lease: string,
  windows: number,
): AcquireReply | undefined {
  if (!Array.isArray(reply)) return undefined;
  const [granted, reason, waitMs, full] = reply as unknown[];
  if (granted === 1) return reply.length === 2 && reason === lease ? { granted: true } : undefined;
  if (granted !== 0 || reply.length !== 4 || typeof reason !== "string" || !reasons.has(reason)) {
    return undefined;
  }
  if (typeof waitMs !== "number" || !Number.isFinite(waitMs) || waitMs < 0) return undefined;
  if (!Number.isInteger(full) || (full as number) < -1 || (full as number) >= windows) {
    return undefined;
  }
  if (reason === "window" && full === -1) return undefined;
  return {
    granted: false,
    reason: reason as "paused" | "concurrency" | "window",
    waitMs,
    full: full as number,
  };
}

/** The reply, quoted for an error message (bounded: it may be anything). */
export function quoteReply(reply: unknown): string {
  const text = JSON.stringify(reply) ?? String(reply);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

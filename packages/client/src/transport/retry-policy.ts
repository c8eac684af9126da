import { ConnectionError, InvalidResponseError, RateLimitError, TimeoutError } from "../errors.js";
import { redactHeaders } from "../redact.js";
import { neverSent } from "./network-error.js";
import { retryAfterMs } from "./retry-after.js";

/** The request, as errors and logs name it (the path has no query string). */
export interface Where {
  method: string;
  path: string;
}

/**
 * A failed attempt: may it be retried, after how long (`undefined`: the backoff's delay).
 * `holdAll` (a 429 that says how long): every request of the token waits as long, not only
 * this one, since Missive's limits are per token; the text says why, for the log. `error` is
 * what the caller gets when no retry follows: an HTTP error's `Response`, or a thrown error.
 */
export interface Failure {
  error: unknown;
  retryable: boolean;
  delayMs?: number | undefined;
  holdAll?: string;
}

export interface RetryLimits {
  /** Cap of a `Retry-After` on a 408/5xx (the backoff cap). */
  maxRetryDelayMs: number;
  /** Longest `Retry-After` of a 429 worth waiting for; past it the call fails at once. */
  maxRetryAfterMs: number;
}

/**
 * Which answers are retried, and after how long: 429 for every method (Missive refused it
 * without acting on it, POST included), waiting what `Retry-After` or `X-RateLimit-Reset`
 * says, up to `maxRetryAfterMs` (past it: `RateLimitError` at once, never a wait of a day);
 * 408 and 5xx for GET, PATCH and DELETE only — a POST that got a 5xx may have created
 * something already. `undefined`: the answer is handed back as it is.
 */
export function judgeResponse(
  response: Response,
  { method, path }: Where,
  now: number,
  limits: RetryLimits,
): Failure | undefined {
  const { status, headers } = response;
  const wait = retryAfterMs(headers, now);
  const label = `${method} ${path}`;
  if (status === 429) {
    if (wait === undefined) return { error: response, retryable: true };
    if (wait > limits.maxRetryAfterMs) {
      const error = new RateLimitError(
        `${label} got 429 asking to wait ${Math.round(wait / 1000)} s, over maxRetryAfterMs (${limits.maxRetryAfterMs} ms): not waiting. Try again later.`,
        { status, method, path, headers: redactHeaders(headers), retryAfterMs: wait },
      );
      return { error, retryable: false };
    }
    return {
      error: response,
      retryable: true,
      delayMs: wait,
      holdAll: `Missive answered 429 to ${label}`,
    };
  }
  if ((status === 408 || status >= 500) && method !== "POST") {
    return {
      error: response,
      retryable: true,
      delayMs: wait && Math.min(wait, limits.maxRetryDelayMs),
    };
  }
  return undefined;
}

/**
 * A fetch or a body read that failed (not aborted by the caller). A timeout or a failure after the request
 * may have been sent is retried only for idempotent methods; a POST only when the request
 * provably never left (connection refused, DNS failure). `timedOut`: which time limit aborted
 * the attempt, if one did.
 */
export function judgeFailure(
  error: unknown,
  where: Where,
  attempt: number,
  timedOut: "attempt" | "total" | null,
): Failure {
  const { method } = where;
  const label = `${method} ${where.path}`;
  const details = { ...where, cause: error };
  const idempotent = method !== "POST";
  // Read but unusable: a cut body is worth another GET; a too-large or non-JSON one is not.
  if (error instanceof InvalidResponseError) {
    return { error, retryable: error.reason === "truncated" && idempotent };
  }
  if (timedOut) {
    const what = timedOut === "total" ? "all attempts (totalTimeoutMs)" : "one attempt (timeoutMs)";
    return {
      error: new TimeoutError(
        `${label} took longer than allowed for ${what}. Raise the limit, or try again later.`,
        details,
      ),
      retryable: timedOut === "attempt" && idempotent,
    };
  }
  const retryable = idempotent || neverSent(error);
  const note = retryable
    ? " Check the network connection and baseUrl."
    : " The request may have reached Missive, so it was not retried: check before sending it again.";
  return {
    error: new ConnectionError(
      `${label} got no answer from Missive (attempt ${attempt + 1}).${note}`,
      details,
    ),
    retryable,
  };
}

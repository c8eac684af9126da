import { ConnectionError, InvalidResponseError, RateLimitError, TimeoutError } from "../errors.js";
import { pathOf, redactHeaders } from "../redact.js";
import { neverSent } from "./network-error.js";
import { retryAfterMs } from "./retry-after.js";

/**
 * What one attempt came to: an answer to hand back, or a failure that may be retried after
 * `delayMs`. `holdAll` (a 429 that says how long): every request of the token waits as long,
 * not only this one, since Missive's limits are per token; the text says why, for the log.
 */
export type Outcome =
  | { response: Response }
  | { error: unknown; retryable: boolean; delayMs?: number | undefined; holdAll?: string };

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
 * something already.
 */
export function judgeResponse(
  response: Response,
  method: string,
  now: number,
  limits: RetryLimits,
): Outcome {
  const { status, headers } = response;
  const wait = retryAfterMs(headers, now);
  if (status === 429) {
    if (wait === undefined) return { error: response, retryable: true };
    const path = pathOf(response.url);
    const label = `${method} ${path}`;
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
  return { response };
}

interface FailureContext {
  method: string;
  path: string;
  attempt: number;
  /** Which time limit aborted the attempt, if one did. */
  timedOut: "attempt" | "total" | null;
}

/**
 * A fetch or a body read that failed (not aborted by the caller). A timeout or a failure after the request
 * may have been sent is retried only for idempotent methods; a POST only when the request
 * provably never left (connection refused, DNS failure).
 */
export function judgeFailure(error: unknown, context: FailureContext): Outcome {
  const { method, path, attempt, timedOut } = context;
  const label = `${method} ${path}`;
  // Read but unusable: a cut body is worth another GET; a too-large or non-JSON one is not.
  if (error instanceof InvalidResponseError) {
    return { error, retryable: error.reason === "truncated" && method !== "POST" };
  }
  if (timedOut) {
    const what = timedOut === "total" ? "all attempts (totalTimeoutMs)" : "one attempt (timeoutMs)";
    return {
      error: new TimeoutError(
        `${label} took longer than allowed for ${what}. Raise the limit, or try again later.`,
        { method, path, cause: error },
      ),
      retryable: timedOut === "attempt" && method !== "POST",
    };
  }
  const unsent = neverSent(error);
  const note =
    method === "POST" && !unsent
      ? " The request may have reached Missive, so it was not retried: check before sending it again."
      : " Check the network connection and baseUrl.";
  return {
    error: new ConnectionError(
      `${label} got no answer from Missive (attempt ${attempt + 1}).${note}`,
      {
        method,
        path,
        cause: error,
      },
    ),
    retryable: method !== "POST" || unsent,
  };
}

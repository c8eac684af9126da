import { ConnectionError, TimeoutError } from "./errors.js";
import { neverSent } from "./network-error.js";
import { retryAfterMs } from "./retry-after.js";

/** What one attempt came to: an answer to hand back, or a failure that may be retried. */
export type Outcome =
  | { response: Response }
  | { error: unknown; retryable: boolean; delayMs?: number };

/**
 * Which answers are retried: 429 for every method (Missive refused it without acting on it,
 * POST included); 408 and 5xx for GET, PATCH and DELETE only — a POST that got a 5xx may
 * have created something already. `delayMs` is the wait the answer asks for, if any.
 */
export function judgeResponse(
  response: Response,
  method: string,
  now: number,
  maxRetryDelayMs: number,
): Outcome {
  const { status } = response;
  const wait = retryAfterMs(response.headers, now);
  if (status === 429) {
    return wait === undefined
      ? { error: response, retryable: true }
      : { error: response, retryable: true, delayMs: wait };
  }
  if ((status === 408 || status >= 500) && method !== "POST") {
    return wait === undefined
      ? { error: response, retryable: true }
      : { error: response, retryable: true, delayMs: Math.min(wait, maxRetryDelayMs) };
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
 * A fetch that threw (not aborted by the caller). A timeout or a failure after the request
 * may have been sent is retried only for idempotent methods; a POST only when the request
 * provably never left (connection refused, DNS failure).
 */
export function judgeFailure(error: unknown, context: FailureContext): Outcome {
  const { method, path, attempt, timedOut } = context;
  const label = `${method} ${path}`;
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

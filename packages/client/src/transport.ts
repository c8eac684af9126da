import { attemptSignal } from "./attempt-signal.js";
import { backoffMs } from "./backoff.js";
import { bufferResponse } from "./buffer-response.js";
import type { MissiveLogger } from "./options.js";
import type { RateLimiter } from "./rate-limiter.js";
import { pathOf } from "./redact.js";
import { judgeFailure, judgeResponse } from "./retry-policy.js";

/** Sends one attempt: `fetch(url, init)` itself, or a custom fetch given a Request. */
export type SendAttempt = (url: string, init: RequestInit) => Promise<Response>;

export interface TransportConfig {
  send: SendAttempt;
  token: string;
  userAgent: string | undefined;
  timeoutMs: number;
  totalTimeoutMs: number | undefined;
  maxRetries: number;
  maxRetryDelayMs: number;
  limiter: RateLimiter | null;
  logger: MissiveLogger | undefined;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
}

type Outcome = { response: Response } | { error: unknown; retryable: boolean; delayMs?: number };

/**
 * The `fetch` given to openapi-fetch: adds the token, runs each attempt under the rate limiter
 * and a timeout, buffers the answer (so an empty 201 reads as no body) and retries what is safe
 * to retry. The token lives only in this closure and in the outgoing request.
 */
export function createTransport(config: TransportConfig) {
  const { logger } = config;

  return async function missiveFetch(request: Request): Promise<Response> {
    const method = request.method.toUpperCase();
    const path = pathOf(request.url);
    const label = `${method} ${path}`;
    // Kept as bytes so every attempt can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    // openapi-fetch built this Request for this call alone: its headers are ours to complete.
    const { headers } = request;
    headers.set("authorization", `Bearer ${config.token}`);
    if (config.userAgent) headers.set("user-agent", config.userAgent);
    const caller = request.signal;
    const deadline =
      config.totalTimeoutMs === undefined ? undefined : config.now() + config.totalTimeoutMs;

    for (let attempt = 0; ; attempt++) {
      const outcome = await sendOnce(attempt);
      const left = config.maxRetries - attempt;
      if ("response" in outcome) return outcome.response;
      const delay =
        outcome.delayMs ??
        backoffMs(attempt, {
          maxMs: config.maxRetryDelayMs,
          random: config.random,
        });
      const fitsDeadline = deadline === undefined || config.now() + delay < deadline;
      if (!outcome.retryable || left <= 0 || !fitsDeadline) {
        if (outcome.error instanceof Response) return outcome.error;
        throw outcome.error;
      }
      // An answer we retry is never read: free its connection.
      if (outcome.error instanceof Response) await outcome.error.body?.cancel().catch(() => {});
      logger?.info?.(
        `Retrying ${label} in ${Math.round(delay)} ms (retry ${attempt + 1} of ${config.maxRetries}).`,
        { method, path, attempt: attempt + 1, delayMs: delay },
      );
      await config.sleep(delay, caller);
    }

    async function sendOnce(attempt: number): Promise<Outcome> {
      const release = config.limiter ? await config.limiter.acquire(caller) : () => {};
      const timing = attemptSignal(
        caller,
        config.timeoutMs,
        deadline === undefined ? undefined : deadline - config.now(),
      );
      try {
        const init: RequestInit = { method, headers, signal: timing.signal };
        if (body !== undefined) init.body = body;
        const raw = await config.send(request.url, init);
        const response = await bufferResponse(raw, request.url);
        const outcome = judgeResponse(response, method, config.now(), config.maxRetryDelayMs);
        if (response.status === 429) {
          const wait = "delayMs" in outcome ? outcome.delayMs : undefined;
          // Every request of this client waits, not only this one: the limit is per token.
          if (wait !== undefined) config.limiter?.pauseUntil(config.now() + wait);
          logger?.warn?.(`Missive answered 429 to ${label}; waiting ${wait ?? "a backoff"} ms.`, {
            method,
            path,
            retryAfterMs: wait,
          });
        }
        return outcome;
      } catch (error) {
        if (caller.aborted) throw error;
        return judgeFailure(error, { method, path, attempt, timedOut: timing.timedOut() });
      } finally {
        timing.dispose();
        release();
      }
    }
  };
}

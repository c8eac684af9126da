import type { MissiveLogger } from "../options.js";
import { pathOf } from "../redact.js";
import { attemptSignal } from "./attempt-signal.js";
import { tokenScope, wireHeaders } from "./auth.js";
import { backoffMs } from "./backoff.js";
import { guardBody } from "./body-guard.js";
import type { RateLimiter } from "./rate-limiter.js";
import { judgeFailure, judgeResponse, type Outcome, type RetryLimits } from "./retry-policy.js";

/** Sends one attempt: `fetch(url, init)` itself, or a custom fetch given a Request. */
export type SendAttempt = (url: string, init: RequestInit) => Promise<Response>;

export interface TransportConfig extends RetryLimits {
  send: SendAttempt;
  userAgent: string | undefined;
  timeoutMs: number;
  totalTimeoutMs: number | undefined;
  maxRetries: number;
  maxResponseBytes: number;
  limiter: RateLimiter | null;
  logger: MissiveLogger | undefined;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  random: () => number;
}

/** The `fetch` given to openapi-fetch, for one token (`null`: no `Authorization`, a proxy adds it). */
export type MissiveFetch = (request: Request) => Promise<Response>;

/**
 * The steps of one request, in order (see README.md in this folder): auth, then per attempt
 * the rate limiter, the timers, the send, the body guard and the retry policy's verdict; then
 * the pause it asks for, and a retry or the answer.
 */
export function createTransport(config: TransportConfig): (token: string | null) => MissiveFetch {
  const { logger } = config;

  return (token) => {
    // Hashed once per token, and only when a limiter needs the scope.
    let scope: Promise<string> | undefined;
    const scopeOf = () => {
      scope ??= tokenScope(token);
      return scope;
    };

    return async function missiveFetch(request) {
      const method = request.method.toUpperCase();
      const path = pathOf(request.url);
      const label = `${method} ${path}`;
      // Kept as bytes so every attempt can send it again.
      const body = request.body === null ? undefined : await request.arrayBuffer();
      const headers = wireHeaders(request, token, config.userAgent);
      const caller = request.signal;
      const deadline =
        config.totalTimeoutMs === undefined ? undefined : config.now() + config.totalTimeoutMs;

      for (let attempt = 0; ; attempt++) {
        const outcome = await sendOnce(attempt);
        if ("response" in outcome) return outcome.response;
        const delay =
          outcome.delayMs ??
          backoffMs(attempt, { maxMs: config.maxRetryDelayMs, random: config.random });
        if (outcome.holdAll !== undefined) {
          if (config.limiter) config.limiter.pauseUntil(await scopeOf(), config.now() + delay);
          logger?.warn?.(`${outcome.holdAll}; waiting ${Math.round(delay)} ms.`, {
            method,
            path,
            retryAfterMs: delay,
          });
        }
        const left = config.maxRetries - attempt;
        const fitsDeadline = deadline === undefined || config.now() + delay < deadline;
        if (!outcome.retryable || left <= 0 || !fitsDeadline) {
          if (outcome.error instanceof Response) return outcome.error;
          throw outcome.error;
        }
        logger?.info?.(
          `Retrying ${label} in ${Math.round(delay)} ms (retry ${attempt + 1} of ${config.maxRetries}).`,
          { method, path, attempt: attempt + 1, delayMs: delay },
        );
        await config.sleep(delay, caller);
      }

      async function sendOnce(attempt: number): Promise<Outcome> {
        const release = config.limiter
          ? await config.limiter.acquire(await scopeOf(), caller)
          : null;
        const timing = attemptSignal(
          caller,
          config.timeoutMs,
          deadline === undefined ? undefined : deadline - config.now(),
        );
        let answered = false;
        try {
          const init: RequestInit = { method, headers, signal: timing.signal };
          if (body !== undefined) init.body = body;
          const raw = await config.send(request.url, init);
          // The server has answered: the slot is free. The body is still read under the timers.
          answered = true;
          release?.();
          const response = await guardBody(raw, request.url, {
            signal: timing.signal,
            maxBytes: config.maxResponseBytes,
            label,
            details: { method, path, status: raw.status },
          });
          return judgeResponse(response, method, config.now(), config);
        } catch (error) {
          if (caller.aborted) throw error;
          return judgeFailure(error, { method, path, attempt, timedOut: timing.timedOut() });
        } finally {
          timing.dispose();
          // Given up before an answer: the server may still be working on it.
          if (!answered) release?.(caller.aborted || timing.timedOut() !== null);
        }
      }
    };
  };
}

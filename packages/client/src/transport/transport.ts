import { pathOf } from "../redact.js";
import type { ClientSettings } from "../validate-options.js";
import { attemptSignal } from "./attempt-signal.js";
import { tokenScope, wireHeaders } from "./auth.js";
import { backoffMs } from "./backoff.js";
import { guardBody } from "./body-guard.js";
import type { RateLimiter } from "./rate-limiter.js";
import { type Failure, judgeFailure, judgeResponse } from "./retry-policy.js";

/** Sends one attempt: `fetch(url, init)` itself, or a custom fetch given a Request. */
export type SendAttempt = (url: string, init: RequestInit) => Promise<Response>;

/** The client's settings, and what it sends and waits with. */
export interface TransportConfig extends ClientSettings {
  send: SendAttempt;
  /** `false`: no client-side rate limiting. */
  limiter: RateLimiter | false;
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
  const { logger, limiter, now } = config;

  return (token) => {
    // Hashed once per token, and only when a limiter needs the scope.
    let scope: Promise<string> | undefined;
    const scopeOf = () => {
      scope ??= tokenScope(token);
      return scope;
    };

    return async function missiveFetch(request) {
      const method = request.method.toUpperCase();
      const where = { method, path: pathOf(request.url) };
      const label = `${method} ${where.path}`;
      // Kept as bytes so every attempt can send it again.
      const body = request.body && (await request.arrayBuffer());
      const headers = wireHeaders(request, token, config.userAgent);
      const caller = request.signal;
      const deadline =
        config.totalTimeoutMs === undefined ? undefined : now() + config.totalTimeoutMs;

      for (let attempt = 0; ; attempt++) {
        const release = limiter && (await limiter.acquire(await scopeOf(), caller));
        const timing = attemptSignal(caller, config, deadline);
        const { signal } = timing;
        let failure: Failure | undefined;
        let answered = false;
        try {
          const raw = await config.send(request.url, { method, headers, signal, body });
          // The server has answered: the slot is free. The body is still read under the timers.
          answered = true;
          if (release) release();
          const response = await guardBody(raw, request.url, {
            signal,
            maxBytes: config.maxResponseBytes,
            label,
            details: { ...where, status: raw.status },
          });
          failure = judgeResponse(response, where, now(), config);
          if (!failure) return response;
        } catch (error) {
          if (caller.aborted) throw error;
          failure = judgeFailure(error, where, attempt, timing.timedOut());
        } finally {
          timing.dispose();
          // Given up before an answer: the server may still be working on it.
          if (release && !answered) release(caller.aborted || timing.timedOut() !== null);
        }

        const delay = failure.delayMs ?? backoffMs(attempt, config.maxRetryDelayMs, config.random);
        if (failure.holdAll) {
          if (limiter) limiter.pauseUntil(await scopeOf(), now() + delay);
          logger?.warn?.(`${failure.holdAll}; waiting ${Math.round(delay)} ms.`, {
            ...where,
            retryAfterMs: delay,
          });
        }
        if (
          !failure.retryable ||
          attempt >= config.maxRetries ||
          (deadline !== undefined && now() + delay >= deadline)
        ) {
          if (failure.error instanceof Response) return failure.error;
          throw failure.error;
        }
        logger?.info?.(
          `Retrying ${label} in ${Math.round(delay)} ms (retry ${attempt + 1} of ${config.maxRetries}).`,
          { ...where, attempt: attempt + 1, delayMs: delay },
        );
        await config.sleep(delay, caller);
      }
    };
  };
}

import type { RateLimitStore } from "./transport/rate-limit-store.js";

/** Where the client reports what it does on its own: rate-limit waits and retries. */
export interface MissiveLogger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

/** Missive's documented limits; the client's limiter keeps every client sharing `store` under them. */
export interface RateLimitOptions {
  /**
   * Where the limiter's state lives (answer times, slots in flight, the pause after a 429), per
   * token. Default: a new `createMemoryRateLimitStore()` for this client. Pass one store to
   * several clients to share a token's budget between them; a shared store (Redis) shares it
   * between processes.
   */
  store?: RateLimitStore | undefined;
  /** Requests in flight at once. Missive allows 5. Default 5. */
  concurrent?: number;
  /** Requests started in any 60-second window. Missive allows 300. Default 300. */
  perMinute?: number;
  /** Requests started in any 15-minute window. Missive allows 900. Default 900. */
  per15Minutes?: number;
  /**
   * Length of the "minute" window in ms; the long window is 15 times as long. Default 60 000
   * (Missive's). Only a server with scaled-down windows (a simulator, a proxy with its own
   * budget) needs another value.
   */
  windowMs?: number;
  /** A slot not released after this many ms is reclaimed by the store (a crashed process). Default 15 windows (15 min). */
  leaseMs?: number;
  /**
   * How long the slot of a request the client gave up on (timeout, abort) stays taken, in ms:
   * Missive may still be working on it and counts it as concurrent. Default 10 000.
   */
  abandonedGraceMs?: number;
}

export interface MissiveClientOptions {
  /**
   * Missive API token (Missive → Settings → API → Create a new token). Default: the
   * `MISSIVE_API_TOKEN` environment variable when the runtime has `process.env`. Kept in a
   * closure: never in errors, logs or a printed client.
   */
  token?: string | undefined;
  /**
   * The same as `token`; or `false` for a client whose requests go to a proxy that adds the
   * token itself (no `Authorization` header is sent, no token is needed).
   */
  auth?: string | false | undefined;
  /**
   * API root. Default `https://public.missiveapp.com/v1`. Must be `https:`, or `http:` to a
   * loopback host (localhost, 127.0.0.1, ::1); anything else throws `InsecureBaseUrlError`
   * (unless `auth: false`: no token is sent).
   */
  baseUrl?: string | undefined;
  /**
   * Allows an `http:` base URL to a non-loopback host: the token then crosses the network in
   * clear. Default `false`.
   */
  allowInsecureHttp?: boolean | undefined;
  /** `fetch` to use (tests, proxies, instrumentation). Default `globalThis.fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Time limit of one attempt, in ms; a slower attempt fails with `TimeoutError`. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Time limit of a request including all its retries and waits, in ms. Default: none. */
  totalTimeoutMs?: number | undefined;
  /**
   * Retries after a connection error, 408, 429 or 5xx (POST: only when the request provably
   * never reached Missive, or after 429). Default 2.
   */
  maxRetries?: number | undefined;
  /** Upper bound of one backoff delay between retries, in ms (not of a `Retry-After`). Default 8 000. */
  maxRetryDelayMs?: number | undefined;
  /**
   * Longest wait a 429 may ask for (`Retry-After`, `X-RateLimit-Reset`), in ms; past it the call
   * fails at once with `RateLimitError` (its `retryAfterMs` says how long Missive asked).
   * Default 900 000 (one 15-minute window, Missive's longest).
   */
  maxRetryAfterMs?: number | undefined;
  /**
   * Largest answer read, in bytes, after decompression; a larger one fails with
   * `InvalidResponseError` (reason `too-large`). Default 33 554 432 (32 MiB).
   */
  maxResponseBytes?: number | undefined;
  /**
   * Client-side rate limiting, so that one client stays under Missive's limits: `false` to turn
   * it off, or limits to use. Default `{ concurrent: 5, perMinute: 300, per15Minutes: 900 }`.
   */
  rateLimit?: false | RateLimitOptions | undefined;
  /** `User-Agent` header to send (ignored by browsers, which set their own). */
  userAgent?: string | undefined;
  /** Receives rate-limit waits and 429s (`warn`) and retries (`info`). Default: silent. */
  logger?: MissiveLogger | undefined;
}

/** Test hooks: not part of the public API. */
export interface InternalOptions {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

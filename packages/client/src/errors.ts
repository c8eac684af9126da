/**
 * The typed errors of @missive-ts/client. Resource methods throw them; the openapi-fetch style
 * (`missive.GET(...)`) returns `{ error, response }` for an HTTP error instead, and throws only
 * when there is no usable answer (`ConnectionError`, `TimeoutError`, `InvalidResponseError`) or a
 * 429 asks for a wait past `maxRetryAfterMs` (`RateLimitError`). None of them ever holds the API
 * token: request headers are not kept, response headers are redacted.
 */
import { redactSecrets } from "./redact.js";

/** What every Missive error carries besides its message. */
export interface MissiveErrorDetails {
  /** HTTP status of the answer, or `undefined` when there was no answer (connection, timeout). */
  status?: number | undefined;
  /** HTTP method of the request, e.g. `GET`. */
  method?: string | undefined;
  /** Path of the request without its query string, e.g. `/v1/conversations/abc`. */
  path?: string | undefined;
  /** The `error` text of Missive's answer (`{"error": "..."}`), when it gave one. */
  serverMessage?: string | undefined;
  /** Response headers, with credentials redacted. */
  headers?: Record<string, string> | undefined;
  /** The underlying error (network failure, abort). */
  cause?: unknown;
}

/** Base class of every error raised by @missive-ts/client. */
export class MissiveError extends Error {
  // `declare`: the constructors set these fields (same own properties, same order); a class
  // field would add its declaration to every browser bundle (issue 24).
  override name = "MissiveError";
  declare readonly status: number | undefined;
  declare readonly method: string | undefined;
  declare readonly path: string | undefined;
  declare readonly serverMessage: string | undefined;
  declare readonly headers: Record<string, string>;

  constructor(message: string, details: MissiveErrorDetails = {}) {
    // Messages quote servers and callers: token-like values never survive into an error.
    super(
      redactSecrets(message),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.serverMessage =
      details.serverMessage === undefined ? undefined : redactSecrets(details.serverMessage);
    this.headers = details.headers ?? {};
  }

  /** A plain, token-free view for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      path: this.path,
      serverMessage: this.serverMessage,
      headers: this.headers,
    };
  }
}

/** No API token was configured, or it has the wrong form. Raised before any request. */
export class MissingTokenError extends MissiveError {
  override name = "MissingTokenError";
}

/** 401: the token is missing, revoked or wrong. */
export class AuthenticationError extends MissiveError {
  override name = "AuthenticationError";
}

/** 403: the token's user may not do this. */
export class PermissionDeniedError extends MissiveError {
  override name = "PermissionDeniedError";
}

/** 404: no such resource visible to the token's user (or an analytics report not ready yet). */
export class NotFoundError extends MissiveError {
  override name = "NotFoundError";
}

/** 400 or 422: Missive refused the parameters or body. */
export class ValidationError extends MissiveError {
  override name = "ValidationError";
}

/** 429: a Missive rate limit was hit; `retryAfterMs` says when to try again. */
export class RateLimitError extends MissiveError {
  override name = "RateLimitError";
  /** How long Missive asked to wait (from `Retry-After` or `X-RateLimit-Reset`), if it said. */
  declare readonly retryAfterMs: number | undefined;
  constructor(
    message: string,
    details: MissiveErrorDetails & { retryAfterMs?: number | undefined },
  ) {
    super(message, details);
    this.retryAfterMs = details.retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** 5xx: Missive failed to answer the request. */
export class ServerError extends MissiveError {
  override name = "ServerError";
}

/** Any other unexpected HTTP status. */
export class UnexpectedStatusError extends MissiveError {
  override name = "UnexpectedStatusError";
}

/** The request got no answer: DNS failure, connection refused or reset. */
export class ConnectionError extends MissiveError {
  override name = "ConnectionError";
}

/** The request (one attempt, or all of them with `totalTimeoutMs`) took too long. */
export class TimeoutError extends MissiveError {
  override name = "TimeoutError";
}

/**
 * 2xx or not, the answer could not be used: not JSON, cut off mid-body, larger than
 * `maxResponseBytes`, empty where the operation returns data, or missing what it must carry.
 */
export class InvalidResponseError extends MissiveError {
  override name = "InvalidResponseError";
  /** What was wrong with the answer. */
  declare readonly reason: "not-json" | "truncated" | "too-large" | "empty" | "incomplete";
  constructor(
    message: string,
    details: MissiveErrorDetails,
    reason: InvalidResponseError["reason"],
  ) {
    super(message, details);
    this.reason = reason;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/**
 * A path parameter that cannot fill its segment (missing, empty, an empty id list, `.` or
 * `..` in any encoding): refused before any request, since the URL would name another path.
 */
export class InvalidPathParameterError extends ValidationError {
  override name = "InvalidPathParameterError";
  /** Name of the parameter, e.g. `id`. */
  declare readonly parameter: string;
  constructor(message: string, details: MissiveErrorDetails & { parameter: string }) {
    super(message, details);
    this.parameter = details.parameter;
  }
}

/** The base URL would send the token in clear (not HTTPS, not loopback) without `allowInsecureHttp`. */
export class InsecureBaseUrlError extends MissiveError {
  override name = "InsecureBaseUrlError";
}

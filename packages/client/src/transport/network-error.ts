/**
 * Reading a failed `fetch`: did the request possibly reach Missive? A POST is retried only when
 * it provably did not, since Missive may already have acted on it (created a draft, sent a
 * message). Node's fetch (undici) puts a system error code on `error.cause`; browsers give a
 * bare `TypeError` that says nothing, which therefore counts as "may have reached".
 */

/** Failures before a connection existed: nothing was sent. */
const beforeConnection = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Every `code` found on the error, its causes and the members of an AggregateError. */
export function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== "object" || error === null) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const inside = [cause, ...(Array.isArray(errors) ? errors : [])];
  return [
    ...(typeof code === "string" ? [code] : []),
    ...inside.flatMap((inner) => errorCodes(inner, depth + 1)),
  ];
}

/** Whether the failed request provably never reached the server (safe to retry a POST). */
export function neverSent(error: unknown): boolean {
  const codes = errorCodes(error);
  return codes.length > 0 && codes.every((code) => beforeConnection.has(code));
}

/**
 * The one place the token is used: on the headers of the request that goes over the wire.
 * openapi-fetch hands the same `Request` to every middleware hook (`onRequest`, `onResponse`,
 * `onError`), so the token is never set on it: the wire request gets a copy of its headers.
 */
export function wireHeaders(request: Request, token: string | null, userAgent?: string): Headers {
  const headers = new Headers(request.headers);
  if (token !== null) headers.set("authorization", `Bearer ${token}`);
  if (userAgent) headers.set("user-agent", userAgent);
  return headers;
}

/**
 * The token's scope in a rate-limit store: the hex SHA-256 of the token (Web Crypto), so a
 * store shared between processes identifies the token without ever holding it. A client
 * without a token (a proxy adds it) has one fixed scope.
 */
export async function tokenScope(token: string | null): Promise<string> {
  if (token === null) return "no-token";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

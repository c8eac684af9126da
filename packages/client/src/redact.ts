/** Headers that carry credentials: never kept in errors or logs as they were sent. */
const secretHeader = /^((proxy-)?authorization|(set-)?cookie)$/i;

/**
 * A plain copy of `headers` with credentials replaced by `[redacted]`, and token-like values
 * redacted in the others: a server or proxy may echo the token in any header
 * (`WWW-Authenticate`, a debug header).
 */
export function redactHeaders(headers: Headers | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  headers?.forEach((value, name) => {
    out[name] = secretHeader.test(name) ? "[redacted]" : redactSecrets(value);
  });
  return out;
}

/**
 * The path of a URL without its query string or fragment: query parameters may carry
 * secrets (or personal data such as an email address), errors and logs only need the path.
 */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split(/[?#]/)[0] ?? "";
  }
}

/** Token-like values: Missive personal access tokens, and whatever follows `Bearer`. */
const TOKEN_LIKE = /\bmissive_pat-[^\s"'`,;()<>[\]{}]*|(\bBearer\s+)[^\s"'`,;()<>[\]{}]+/gi;

/**
 * `text` with every token-like value replaced by `[redacted]`: error messages quote what
 * servers, proxies and users send, and a token must never be echoed, whatever its source.
 */
export function redactSecrets(text: string): string {
  // `$1` is the `Bearer ` kept before the value (empty for a personal access token).
  return text.replace(TOKEN_LIKE, "$1[redacted]");
}

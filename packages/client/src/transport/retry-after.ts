/**
 * How long a 429 asks the client to wait, in milliseconds: `Retry-After` (seconds or an HTTP
 * date), else `X-RateLimit-Reset` (seconds until the window resets, or a Unix time in seconds
 * when it is that large). `undefined` when the answer does not say.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (!Number.isNaN(ms)) return Math.max(0, ms);
  }
  const reset = Number(headers.get("x-ratelimit-reset") ?? NaN);
  if (Number.isFinite(reset)) {
    // A Unix timestamp (seconds) is far larger than any window length Missive uses (15 min).
    return Math.max(0, reset > 1e9 ? reset * 1000 - now : reset * 1000);
  }
  return undefined;
}

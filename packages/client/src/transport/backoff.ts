/**
 * Capped exponential backoff with jitter: attempt 0 waits about `baseMs`, each next attempt
 * twice as long, never more than `maxMs`; the jitter (50–100 % of the step) spreads retries of
 * many clients apart.
 */
export function backoffMs(
  attempt: number,
  { baseMs = 500, maxMs = 8_000, random = Math.random } = {},
): number {
  const step = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.min(maxMs, step * (0.5 + random() * 0.5));
}

/**
 * Capped exponential backoff with jitter: attempt 0 waits about 500 ms, each next attempt
 * twice as long, never more than `maxMs`; the jitter (50–100 % of the step) spreads retries of
 * many clients apart.
 */
export function backoffMs(attempt: number, maxMs: number, random: () => number): number {
  return Math.min(maxMs, 500 * 2 ** attempt) * (0.5 + random() / 2);
}

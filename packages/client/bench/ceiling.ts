/**
 * The least time Missive's real limits (5 concurrent, 300 per minute, 900 per 15 minutes)
 * allow for a number of requests.
 */
export const LIMITS = { concurrent: 5, perMinute: 300, per15Minutes: 900 } as const;

/**
 * Sustained-rate ceiling, in seconds: max(requests / 300 per minute, requests / 900 per 15
 * minutes). The 15-minute window is the binding one (1 request/s against 5/s). Concurrency does
 * not lower it, and a cursor walk is sequential anyway (each `until` comes from the page before).
 */
export function sustainedCeilingSeconds(requests: number): number {
  const byMinute = (requests / LIMITS.perMinute) * 60;
  const byQuarter = (requests / LIMITS.per15Minutes) * 900;
  return Math.max(byMinute, byQuarter);
}

/**
 * Burst floor, in seconds, for a token whose windows start empty: request k (from 0) may start
 * once floor(k / 300) minutes and floor(k / 900) quarters have passed.
 */
export function burstFloorSeconds(requests: number): number {
  if (requests <= 0) return 0;
  const k = requests - 1;
  return Math.max(Math.floor(k / LIMITS.perMinute) * 60, Math.floor(k / LIMITS.per15Minutes) * 900);
}

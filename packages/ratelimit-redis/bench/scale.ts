/**
 * Missive's limits at their real ratios on a clock 60× faster: a "minute" window of 1 s and a
 * "15 minutes" window of 15 s, 5 concurrent, 300 and 900 per window. The sustained ceiling is
 * the long window's: 900 requests per 15 s.
 */
export const WINDOW_MS = 1_000;
export const LONG_WINDOW_MS = 15 * WINDOW_MS;
export const LIMITS = { concurrent: 5, perMinute: 300, per15Minutes: 900 } as const;
/** Each answer takes this long (network latency), so requests overlap and slots are contended. */
export const LATENCY_MS = 20;
/** A lease outlives any request here (answers take 20 ms, or 200 ms in the kill -9 run). */
export const LEASE_MS = 2_000;
export const WORKERS = 4;
/** Walks per worker at once: 12 in all, more than the 5 slots, so the slots are contended. */
export const PARALLEL = 3;

/** The simulator with those limits; `latencyMs` holds every admitted request that long. */
export const simOptions = (latencyMs = LATENCY_MS) => ({
  seed: 1,
  data: { conversations: 500, contacts: 10, tasks: 10 },
  rateLimit: { ...LIMITS, windowMs: WINDOW_MS },
  latencyMs,
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

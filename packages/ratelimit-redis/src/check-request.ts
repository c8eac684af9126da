import type { RateLimitRequest } from "@missive-ts/client";

const positiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;
const positive = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && value > 0;

function fail(what: string): never {
  throw new TypeError(`@missive-ts/ratelimit-redis: ${what}`);
}

/** The Lua scripts trust their arguments: a bad limit is refused here, with what to fix. */
export function checkRequest(request: RateLimitRequest): RateLimitRequest {
  if (!positiveInteger(request.concurrent)) {
    fail(`concurrent must be a positive integer (Missive allows 5), got ${request.concurrent}.`);
  }
  if (!positive(request.leaseMs)) {
    fail(`leaseMs must be a positive number of ms, got ${request.leaseMs}.`);
  }
  if (!Array.isArray(request.windows) || request.windows.length === 0) {
    fail(
      "windows must list at least one { windowMs, max } (Missive: 300 per 60 s, 900 per 15 min).",
    );
  }
  for (const { windowMs, max } of request.windows) {
    if (!positive(windowMs) || !positiveInteger(max)) {
      fail(
        `every window needs windowMs > 0 and max a positive integer, got { windowMs: ${windowMs}, max: ${max} }.`,
      );
    }
  }
  return request;
}

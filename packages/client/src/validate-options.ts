import { MissiveError } from "./errors.js";
import type { MissiveClientOptions } from "./options.js";

type Check = [name: string, value: unknown, rule: "count" | "positive" | "whole" | "ms"];

const rules = {
  count: [(n: number) => Number.isInteger(n) && n >= 1, "a whole number of at least 1"],
  whole: [(n: number) => Number.isInteger(n) && n >= 0, "a whole number of at least 0"],
  positive: [(n: number) => Number.isFinite(n) && n > 0, "a finite number above 0"],
  ms: [(n: number) => Number.isFinite(n) && n >= 0, "a finite number of ms, 0 or more"],
} as const;

/**
 * Refuses options that would hang (no slot ever free: `concurrent: 0`) or fail every request
 * (`timeoutMs: NaN`) when the client is created, with the option's name and what it takes.
 */
export function validateOptions(options: MissiveClientOptions): void {
  const limits = options.rateLimit || {};
  const checks: Check[] = [
    ["timeoutMs", options.timeoutMs, "positive"],
    ["totalTimeoutMs", options.totalTimeoutMs, "positive"],
    ["maxRetries", options.maxRetries, "whole"],
    ["maxRetryDelayMs", options.maxRetryDelayMs, "ms"],
    ["maxRetryAfterMs", options.maxRetryAfterMs, "ms"],
    ["maxResponseBytes", options.maxResponseBytes, "count"],
    ["rateLimit.concurrent", limits.concurrent, "count"],
    ["rateLimit.perMinute", limits.perMinute, "count"],
    ["rateLimit.per15Minutes", limits.per15Minutes, "count"],
    ["rateLimit.windowMs", limits.windowMs, "positive"],
    ["rateLimit.leaseMs", limits.leaseMs, "positive"],
    ["rateLimit.abandonedGraceMs", limits.abandonedGraceMs, "ms"],
  ];
  for (const [name, value, rule] of checks) {
    if (value === undefined) continue;
    const [ok, what] = rules[rule];
    if (typeof value !== "number" || !ok(value)) {
      throw new MissiveError(
        `createMissiveClient: ${name} must be ${what}; got ${String(value)}. Fix the option, or leave it out for the default.`,
      );
    }
  }
  const { rateLimit } = options;
  if (
    rateLimit !== undefined &&
    rateLimit !== false &&
    (typeof rateLimit !== "object" || rateLimit === null)
  ) {
    throw new MissiveError("createMissiveClient: rateLimit must be false or an object of limits.");
  }
  if (options.auth !== undefined && options.auth !== false && typeof options.auth !== "string") {
    throw new MissiveError("createMissiveClient: auth must be a token (string) or false.");
  }
}

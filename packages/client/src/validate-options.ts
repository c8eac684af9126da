import { MissiveError } from "./errors.js";
import type { MissiveClientOptions } from "./options.js";

/**
 * Refuses options that would hang (no slot ever free: `concurrent: 0`) or fail every request
 * (`timeoutMs: NaN`) when the client is created, with the option's name and what it takes.
 */
export function validateOptions(options: MissiveClientOptions): void {
  const limits = options.rateLimit || {};
  // [option, value, smallest allowed, whole numbers only]
  const checks: Array<[string, unknown, number, boolean?]> = [
    ["timeoutMs", options.timeoutMs, 1],
    ["totalTimeoutMs", options.totalTimeoutMs, 1],
    ["maxRetries", options.maxRetries, 0, true],
    ["maxRetryDelayMs", options.maxRetryDelayMs, 0],
    ["maxRetryAfterMs", options.maxRetryAfterMs, 0],
    ["maxResponseBytes", options.maxResponseBytes, 1, true],
    ["rateLimit.concurrent", limits.concurrent, 1, true],
    ["rateLimit.perMinute", limits.perMinute, 1, true],
    ["rateLimit.per15Minutes", limits.per15Minutes, 1, true],
    ["rateLimit.windowMs", limits.windowMs, 1],
    ["rateLimit.leaseMs", limits.leaseMs, 1],
    ["rateLimit.abandonedGraceMs", limits.abandonedGraceMs, 0],
  ];
  for (const [name, value, min, whole] of checks) {
    const ok =
      typeof value === "number" &&
      Number.isFinite(value) &&
      value >= min &&
      (!whole || Number.isInteger(value));
    if (value !== undefined && !ok) {
      throw new MissiveError(
        `createMissiveClient: ${name} must be a finite ${whole ? "whole " : ""}number ≥ ${min}, got ${String(value)}.`,
      );
    }
  }
}

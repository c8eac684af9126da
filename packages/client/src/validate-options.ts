import { MissiveError } from "./errors.js";
import type { MissiveClientOptions } from "./options.js";

/** Per numeric option: the smallest value allowed, whole numbers only (1), and its default. */
type Rule = [min: number, whole: 0 | 1, fallback?: number];

const clientRules: Record<string, Rule> = {
  timeoutMs: [1, 0, 60_000],
  totalTimeoutMs: [1, 0],
  maxRetries: [0, 1, 2],
  maxRetryDelayMs: [0, 0, 8_000],
  maxRetryAfterMs: [0, 0, 900_000],
  maxResponseBytes: [1, 1, 32 * 1024 * 1024],
};

// Their defaults are the rate limiter's (`createRateLimiter`): it also runs on its own.
const rateLimitRules: Record<string, Rule> = {
  concurrent: [1, 1],
  perMinute: [1, 1],
  per15Minutes: [1, 1],
  windowMs: [1, 0],
  leaseMs: [1, 0],
  abandonedGraceMs: [0, 0],
};

/** What the transport reads of the client's options, with every numeric default filled in. */
export type ClientSettings = Pick<MissiveClientOptions, "logger" | "userAgent"> & {
  timeoutMs: number;
  totalTimeoutMs: number | undefined;
  maxRetries: number;
  maxRetryDelayMs: number;
  maxRetryAfterMs: number;
  maxResponseBytes: number;
};

/**
 * Checks the numbers of `given` against `rules`: the numbers, with the defaults filled in. Read
 * as properties, never spread: a config class's getters and a prototype's values count as given
 * (a spread copies own keys only).
 */
function checked(given: object, rules: Record<string, Rule>, prefix: string): unknown {
  const settings: Record<string, unknown> = {};
  for (const [name, [min, whole, fallback]] of Object.entries(rules)) {
    const value = (given as Record<string, unknown>)[name];
    // Neither check converts: a string `"100"` fails both.
    if (
      value !== undefined &&
      !((whole ? Number.isInteger : Number.isFinite)(value) && (value as number) >= min)
    ) {
      throw new MissiveError(
        `createMissiveClient: ${prefix}${name} must be a finite ${whole ? "whole " : ""}number ≥ ${min}, got ${String(value)}.`,
      );
    }
    settings[name] = value ?? fallback;
  }
  return settings;
}

/**
 * The options with their defaults, in one place. Refuses options that would hang (no slot ever
 * free: `concurrent: 0`) or fail every request (`timeoutMs: NaN`) when the client is created,
 * with the option's name and what it takes.
 */
export function settingsOf(options: MissiveClientOptions): ClientSettings {
  const settings = checked(options, clientRules, "") as ClientSettings;
  checked(options.rateLimit || {}, rateLimitRules, "rateLimit.");
  // The transport's other settings, read the same way.
  settings.logger = options.logger;
  settings.userAgent = options.userAgent;
  return settings;
}

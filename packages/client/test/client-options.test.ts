import { describe, expect, it } from "vitest";
import { createMissiveClient, type MissiveClientOptions, MissiveError } from "../src/index.js";

/** Options that hung forever or failed every request: refused when the client is created. */
describe("invalid client options are refused at creation", () => {
  it.each<[string, MissiveClientOptions, RegExp]>([
    ["rateLimit.concurrent: 0", { rateLimit: { concurrent: 0 } }, /rateLimit\.concurrent.*got 0/],
    ["rateLimit.perMinute: 0", { rateLimit: { perMinute: 0 } }, /rateLimit\.perMinute/],
    ["rateLimit.per15Minutes: 2.5", { rateLimit: { per15Minutes: 2.5 } }, /per15Minutes/],
    ["rateLimit.windowMs: 0", { rateLimit: { windowMs: 0 } }, /rateLimit\.windowMs/],
    ["rateLimit.abandonedGraceMs: -1", { rateLimit: { abandonedGraceMs: -1 } }, /abandonedGraceMs/],
    ["timeoutMs: NaN", { timeoutMs: Number.NaN }, /timeoutMs.*got NaN/],
    ["timeoutMs: -1", { timeoutMs: -1 }, /timeoutMs.*got -1/],
    ["timeoutMs: Infinity", { timeoutMs: Number.POSITIVE_INFINITY }, /timeoutMs/],
    ["totalTimeoutMs: 0", { totalTimeoutMs: 0 }, /totalTimeoutMs/],
    ["maxRetries: -1", { maxRetries: -1 }, /maxRetries/],
    ["maxRetries: 1.5", { maxRetries: 1.5 }, /maxRetries/],
    ["maxRetryDelayMs: NaN", { maxRetryDelayMs: Number.NaN }, /maxRetryDelayMs/],
    ["maxRetryAfterMs: -5", { maxRetryAfterMs: -5 }, /maxRetryAfterMs/],
    ["maxResponseBytes: 0", { maxResponseBytes: 0 }, /maxResponseBytes/],
    ["timeoutMs: '100' (a string)", { timeoutMs: "100" as never }, /timeoutMs/],
  ])("%s", (_, options, message) => {
    const create = () => createMissiveClient({ token: "t", ...options });
    expect(create).toThrow(MissiveError);
    expect(create).toThrow(message);
  });

  it("accepts the edges that make sense", () => {
    expect(() =>
      createMissiveClient({
        token: "t",
        maxRetries: 0,
        maxRetryDelayMs: 0,
        rateLimit: { concurrent: 1, perMinute: 1, abandonedGraceMs: 0 },
      }),
    ).not.toThrow();
    expect(() => createMissiveClient({ token: "t", rateLimit: false })).not.toThrow();
  });
});

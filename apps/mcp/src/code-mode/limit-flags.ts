/**
 * `--code-time S`, `--code-memory MB`, `--code-api-calls N`, `--code-output N`: the limits of
 * one `execute`; `--code-concurrency N`: how many run at once. Each a positive whole number;
 * what is not given keeps its default.
 */
import { type CodeLimits, defaultCodeLimits } from "./limits.js";

export const codeLimitFlags = {
  "code-time": { type: "string" },
  "code-memory": { type: "string" },
  "code-api-calls": { type: "string" },
  "code-output": { type: "string" },
  "code-concurrency": { type: "string" },
} as const;

type Given = Partial<Record<keyof typeof codeLimitFlags, string | undefined>>;

function whole(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new Error(`--${flag} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return n;
}

export function codeLimitsOf(given: Given): CodeLimits {
  const time = whole("code-time", given["code-time"], 600);
  const memory = whole("code-memory", given["code-memory"], 1024);
  return {
    timeMs: time === undefined ? defaultCodeLimits.timeMs : time * 1000,
    memoryBytes: memory === undefined ? defaultCodeLimits.memoryBytes : memory * 2 ** 20,
    apiCalls:
      whole("code-api-calls", given["code-api-calls"], 10_000) ?? defaultCodeLimits.apiCalls,
    outputChars:
      whole("code-output", given["code-output"], 1_000_000) ?? defaultCodeLimits.outputChars,
    concurrency:
      whole("code-concurrency", given["code-concurrency"], 64) ?? defaultCodeLimits.concurrency,
  };
}

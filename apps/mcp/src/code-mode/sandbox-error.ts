/**
 * An error from the agent's code as the agent can act on it: its name and message, the line
 * and column in the code it sent, and which limit was hit when one was.
 */

import { type ColumnOf, sameColumn } from "./column-map.js";
import type { CodeLimits, LimitHit, SandboxError } from "./limits.js";
import { ownColumn } from "./strip-types.js";

interface Raw {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  lineNumber?: unknown;
  loc?: { line?: unknown; column?: unknown };
}

function position(raw: Raw, columnOf: ColumnOf): { line: number; column?: number } | null {
  const frame = /code\.js:(\d+)(?::(\d+))?/.exec(String(raw.stack ?? ""));
  const line = frame ? Number(frame[1]) : Number(raw.loc?.line ?? raw.lineNumber ?? Number.NaN);
  if (!Number.isFinite(line) || line < 1) return null;
  const column = frame?.[2] ? Number(frame[2]) : Number(raw.loc?.column ?? Number.NaN) + 1;
  if (!Number.isFinite(column)) return { line };
  return { line, column: ownColumn(line, columnOf(line, column)) };
}

function limitOf(raw: Raw, stopped: { limit: LimitHit } | null): LimitHit | null {
  if (stopped) return stopped.limit;
  const message = String(raw.message ?? "");
  if (raw.name === "InternalError" && message === "out of memory") return "memory";
  if (raw.name === "InternalError" && message === "interrupted") return "time";
  if ((raw.name === "RangeError" || raw.name === "InternalError") && /stack overflow/.test(message))
    return "stack";
  return null;
}

/** What the agent reads when `limit` stopped its code. */
export function limitMessage(limit: LimitHit, limits: CodeLimits): string {
  return {
    memory: `the memory limit (${Math.round(limits.memoryBytes / 2 ** 20)} MB) was reached`,
    time: `the wall time limit (${limits.timeMs / 1000} s) was reached`,
    stack: "the stack limit was reached (too deep a recursion)",
    api_calls: `the limit of ${limits.apiCalls} API calls per execution was reached`,
  }[limit];
}

/** The error of an execution `limit` stopped (`message` when the host worded it). */
export const limitError = (
  limit: LimitHit,
  limits: CodeLimits,
  message = limitMessage(limit, limits),
): SandboxError => ({ name: "LimitError", message, limit });

export function sandboxError(
  error: unknown,
  limits: CodeLimits,
  stopped: { limit: LimitHit; message: string } | null = null,
  columnOf: ColumnOf = sameColumn,
): SandboxError {
  const raw: Raw = error && typeof error === "object" ? (error as Raw) : { message: error };
  const out: SandboxError = {
    name: String(raw.name ?? "Error"),
    message: String(raw.message ?? raw),
  };
  // Sucrase ends a syntax error with the wrapped script's "(line:column)": the agent gets its own.
  if (raw.loc) out.message = out.message.replace(/ \(\d+:\d+\)$/, "");
  const at = position(raw, columnOf);
  if (at) Object.assign(out, at);
  const limit = limitOf(raw, stopped);
  if (limit) {
    out.limit = limit;
    out.message = stopped?.message ?? limitMessage(limit, limits);
  }
  return out;
}

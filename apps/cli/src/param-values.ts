import type { ParameterMetadata } from "@missive-ts/schema";
import { UsageError } from "./errors.js";
import type { OptionSpec } from "./parse.js";
import { parseTime, strictNumber } from "./parse.js";

/** The parseArgs option of a parameter: booleans are switches (`--inbox`, `--no-inbox`). */
export function optionOf(param: ParameterMetadata): OptionSpec[string] {
  if (param.type === "boolean") return { type: "boolean" };
  return { type: "string", multiple: param.type === "array" };
}

/** Checks and converts one flag value to the parameter's type, enum and bounds. */
export function convertParam(param: ParameterMetadata, flag: string, raw: unknown): unknown {
  if (param.type === "boolean") return raw === true;
  if (param.type === "array") {
    const items = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => String(v).split(","));
    return items.map((v) => v.trim()).filter(Boolean);
  }
  const value = String(raw);
  if (param.type === "integer" || param.type === "number") {
    const n =
      param.type === "integer" && /unix/i.test(param.description)
        ? parseTime(value, flag)
        : strictNumber(value, flag, param.type === "integer");
    if (param.minimum !== undefined && n < param.minimum) {
      throw new UsageError(
        `--${flag} must be at least ${param.minimum}${bounds(param)}, got ${n}.`,
      );
    }
    if (param.maximum !== undefined && n > param.maximum) {
      throw new UsageError(`--${flag} must be at most ${param.maximum}${bounds(param)}, got ${n}.`);
    }
    return n;
  }
  if (param.enum && !param.enum.includes(value)) {
    throw new UsageError(`--${flag} must be one of: ${param.enum.join(", ")} (got "${value}").`);
  }
  return value;
}

function bounds(param: ParameterMetadata): string {
  if (param.minimum !== undefined && param.maximum !== undefined) {
    return ` (allowed: ${param.minimum}–${param.maximum})`;
  }
  return "";
}

/** `integer, 1–200, default 50` — what `--help` shows after a flag. */
export function describeParam(param: ParameterMetadata): string {
  const parts: string[] = [];
  if (param.enum) parts.push(`one of ${param.enum.join("|")}`);
  else if (param.type === "array") parts.push("ids, comma-separated or repeated");
  else if (param.type === "integer" && /unix/i.test(param.description))
    parts.push("Unix seconds or ISO date");
  else parts.push(param.type);
  if (param.minimum !== undefined || param.maximum !== undefined) {
    parts.push(`${param.minimum ?? ""}–${param.maximum ?? ""}`);
  }
  if (param.default !== undefined) parts.push(`default ${String(param.default)}`);
  if (param.required) parts.push("required");
  return parts.join(", ");
}

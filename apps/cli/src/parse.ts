import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Flags every command takes. */
export const GLOBAL_OPTIONS: OptionSpec = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  "base-url": { type: "string" },
  profile: { type: "string" },
};

/**
 * `node:util` parseArgs with the CLI's error messages: an unknown flag or a missing value is a
 * usage error (exit 2) that names the command's `--help`.
 */
export function parseFlags(
  args: readonly string[],
  options: OptionSpec,
  command: string,
): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    const message = (error as Error).message.split(". To specify")[0] ?? "";
    throw new UsageError(`${message}. See \`missive ${command} --help\`.`);
  }
}

/** The last value of a flag given as a string. */
export function stringFlag(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  if (Array.isArray(value)) return value.at(-1) as string | undefined;
  return typeof value === "string" ? value : undefined;
}

/** Every value of a repeatable string flag; each may also be comma-separated. */
export function listFlag(values: ParsedValues, name: string): string[] {
  const value = values[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * A time as Unix seconds: an integer is taken as is, anything else must be a date
 * `Date.parse` understands (`2026-01-31`, `2026-01-31T09:00:00Z`).
 */
export function parseTime(value: string, flag: string): number {
  if (/^-?\d+$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new UsageError(
      `--${flag} must be Unix seconds or a date such as 2026-01-31T09:00:00Z, got "${value}".`,
    );
  }
  return Math.floor(ms / 1000);
}

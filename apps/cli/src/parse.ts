import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  type CommandModule,
  type Flags,
  GLOBAL_FLAGS,
  type GlobalOptions,
  type OptionsOf,
  type Values,
} from "./command.js";
import { UsageError } from "./errors.js";
import { closest, didYouMean } from "./suggest.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** The parseArgs options of described flags (their help text left out). */
export function optionSpec(flags: Flags): OptionSpec {
  const spec: OptionSpec = {};
  for (const [name, { type, short, multiple }] of Object.entries(flags)) {
    spec[name] = { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) };
  }
  return spec;
}

/** Flags every command takes. */
export const GLOBAL_OPTIONS: OptionSpec = optionSpec(GLOBAL_FLAGS);

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Parsed values of described flags, camelCased; a repeatable flag is always a list. */
export function valuesOf<F extends Flags>(flags: F, values: ParsedValues): Values<F> {
  const out: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(flags)) {
    const value = values[name];
    out[camel(name)] =
      flag.multiple === true
        ? (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String)
        : Array.isArray(value)
          ? value.at(-1)
          : value;
  }
  return out as Values<F>;
}

/** The global flags of a parse. */
export const globalOptions = (values: ParsedValues): GlobalOptions =>
  valuesOf(GLOBAL_FLAGS, values);

/** Parses a hand-made command's arguments into the options its `run` takes. */
export async function parseOptions<F extends Flags>(
  command: CommandModule<F>,
  args: readonly string[],
  name: string,
): Promise<OptionsOf<F>> {
  const extra = command.extraFlags ? await command.extraFlags(args) : {};
  const { values, positionals } = parseFlags(
    args,
    { ...extra, ...optionSpec(command.flags) },
    name,
  );
  const readers = Object.entries(command.flags).filter(([n, f]) => f.stdin && values[n] === "-");
  if (readers.length > 1) {
    const flags = readers.map(([n]) => `--${n} -`).join(" and ");
    throw new UsageError(
      `${flags} both ask for stdin, which can be read once: give all but one inline or as @file.`,
    );
  }
  const extraValues = Object.fromEntries(Object.keys(extra).map((k) => [k, values[k]]));
  return {
    ...valuesOf(command.flags, values),
    ...globalOptions(values),
    args: positionals,
    extra: extraValues,
  } as OptionsOf<F>;
}

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
      args: joinNegativeValues(args, { ...GLOBAL_OPTIONS, ...options }),
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    const message = (error as Error).message.split(". To specify")[0] ?? "";
    const unknown = /^Unknown option '--([^'=]+)'/.exec(message)?.[1];
    const near = unknown
      ? closest(unknown, Object.keys({ ...GLOBAL_OPTIONS, ...options }))
      : undefined;
    throw new UsageError(
      `${message}.${didYouMean(near && `--${near}`)} See \`missive ${command} --help\`.`,
    );
  }
}

/**
 * `--limit -1` → `--limit=-1`: parseArgs takes a value that starts with a dash for a flag
 * ("argument is ambiguous"); a negative number is a value, whose range the command then checks.
 */
function joinNegativeValues(args: readonly string[], options: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const next = args[i + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    if (name && options[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/**
 * A number as a person types it in decimal: `12`, `-3`, `2.5`. Not `0x10`, `1e1`, `12abc` or
 * an empty string, which `Number()` would take or turn into 0.
 */
export function strictNumber(value: string, flag: string, integer: boolean): number {
  const pattern = integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  if (!pattern.test(value.trim())) {
    throw new UsageError(
      `--${flag} must be ${integer ? "an integer" : "a number"} in decimal digits, got "${value}".`,
    );
  }
  return Number(value);
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
  return commaList(Array.isArray(value) ? value : value === undefined ? [] : [value]);
}

/**
 * Refuses an id flag that is empty or `.`/`..`: `--conversation "$ID"` with `ID` unset would
 * start a new conversation instead of posting in one.
 */
export function checkIdFlags(values: Record<string, unknown>, flags: readonly string[]): void {
  for (const flag of flags) {
    const value = values[flag];
    if (typeof value !== "string") continue;
    if (value.trim() === "" || /^\.{1,2}$/.test(value.trim())) {
      throw new UsageError(
        `--${flag} ${value.trim() === "" ? "is empty" : `is "${value.trim()}"`}: give a real id, or leave the flag out.`,
      );
    }
  }
}

/** `--label a,b --label c` → `["a", "b", "c"]`. */
export const commaList = (values: readonly unknown[]): string[] =>
  values
    .flatMap((v) => String(v).split(","))
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * A time as Unix seconds: an integer is taken as is, anything else must be an ISO date
 * (`2026-01-31`, `2026-01-31T09:00:00Z`).
 */
export function parseTime(value: string, flag: string): number {
  if (/^-?\d+$/.test(value)) return Number(value);
  // An ISO date: Date.parse alone would also take "1.5" (a day of 2001) or "Jan 1".
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UsageError(
      `--${flag} must be Unix seconds or a date such as 2026-01-31T09:00:00Z, got "${value}".`,
    );
  }
  return Math.floor(ms / 1000);
}

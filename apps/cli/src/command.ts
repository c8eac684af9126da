import type { CliIo } from "./io.js";

/** One flag of a hand-made command: how `node:util` parses it and what `--help` says. */
export interface Flag {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Repeatable: the value is every occurrence, in order. */
  readonly multiple?: boolean;
  /** The value's placeholder in `--help`: `<address>`. */
  readonly value?: string;
  /** `-` as its value reads stdin: at most one such flag may ask for it in one command. */
  readonly stdin?: boolean;
  readonly description: string;
}

export type Flags = Readonly<Record<string, Flag>>;

/** `poll-interval` → `pollInterval`: flag names as option keys. */
export type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;

type ValueOf<F extends Flag> = F["type"] extends "boolean"
  ? boolean | undefined
  : F["multiple"] extends true
    ? string[]
    : string | undefined;

/** The values of `flags`, keyed by camelCased flag name; a repeatable flag is always a list. */
export type Values<F extends Flags> = {
  readonly [K in keyof F & string as Camel<K>]: ValueOf<F[K]>;
};

/** What `run` receives: its flags, the global flags, and the positional arguments. */
export type OptionsOf<F extends Flags> = Values<F> &
  GlobalOptions & {
    readonly args: readonly string[];
    /** Values of `extraFlags`, by flag name (export: the list's filters). */
    readonly extra: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  };

/** Flags every command takes; `missive --json users list` moves them after the command. */
export const GLOBAL_FLAGS = {
  json: { type: "boolean", description: "Print JSON (default when stdout is not a terminal)" },
  "base-url": {
    type: "string",
    value: "<url>",
    description: "API root (default https://public.missiveapp.com/v1; env MISSIVE_BASE_URL)",
  },
  profile: {
    type: "string",
    value: "<name>",
    description: "Account stored by `missive auth login --profile <name>`",
  },
  "redis-url": {
    type: "string",
    value: "<url>",
    description:
      "Share the token's rate limit with every process using this Redis or Valkey (env MISSIVE_REDIS_URL)",
  },
  insecure: {
    type: "boolean",
    description: "Allow a plain-HTTP base URL to a non-loopback host (the token goes unencrypted)",
  },
  help: { type: "boolean", short: "h", description: "Show help" },
} as const satisfies Flags;

export type GlobalOptions = Values<typeof GLOBAL_FLAGS>;

/** Global flags given before the command move after it: `missive --json users list`. */
export function hoist(argv: readonly string[]): string[] {
  const lead: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name = "", inline] = arg.replace(/^--/, "").split("=", 2);
    const flag = GLOBAL_FLAGS[name as keyof typeof GLOBAL_FLAGS];
    if (!arg.startsWith("--") || !flag || name === "help") break;
    if (flag.type === "boolean" || inline !== undefined) lead.push(arg);
    else if (i + 1 < argv.length) lead.push(arg, argv[++i] ?? "");
    else break;
  }
  const rest = argv.slice(i);
  const words = rest[0]?.startsWith("-") ? 0 : rest[1]?.startsWith("-") ? 1 : 2;
  return [...rest.slice(0, words), ...lead, ...rest.slice(words)];
}

/**
 * A hand-made command as the registry lists it (`commands/index.ts`): its name and summary are
 * enough for dispatch and `missive --help`; the rest (flags, help, run) is in its module, which
 * is loaded only when that command runs, shows its help or completion is printed.
 */
export interface Command {
  /** The words that run it: `send`, `auth login`, `analytics report` (an action of a resource). */
  readonly name: string;
  /** One line, for `missive --help` and the resource's or group's action list. */
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}

/** The module of a hand-made command: `export default defineCommand({ flags, usage, run })`. */
export interface CommandModule<F extends Flags = Flags> {
  /** What `--help` prints before the flags: what it does and its usage line. */
  readonly usage: string | (() => Promise<string>);
  /** What `--help` prints after the flags. */
  readonly notes?: string;
  readonly flags: F;
  /** Words completion offers after the name (`completion` → bash, zsh, fish). */
  readonly completes?: () => Promise<readonly string[]>;
  /**
   * Flags that depend on the positionals (`export <resource>` takes that list's filters),
   * parsed along with `flags`; their values arrive in `options.extra`.
   */
  readonly extraFlags?: (args: readonly string[]) => Promise<ExtraFlags>;
  /** Runs with the parsed flags (never called for `--help`); resolves to the exit code. */
  run(options: OptionsOf<F>, io: CliIo): Promise<number>;
}

/** `node:util` parseArgs options, for flags generated from the spec. */
export type ExtraFlags = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** Keeps the flags' literal types, so `run` gets typed options; the registry sees any command. */
export const defineCommand = <F extends Flags>(command: CommandModule<F>): CommandModule =>
  command as unknown as CommandModule;

/** Aligned two-column rows, as help prints them. */
export function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`.trimEnd()).join("\n");
}

/** The left column of a flag in help: `-d, --data <json>`. */
export const flagLabel = (name: string, flag: Flag) =>
  `${flag.short ? `-${flag.short}, ` : ""}--${name}${flag.value ? ` ${flag.value}` : ""}`;

export const globalHelp = () =>
  `Global flags:\n${columns(Object.entries(GLOBAL_FLAGS).map(([n, f]) => [flagLabel(n, f), f.description]))}\n`;

/** `missive <name> --help`: usage, the flag table (from `flags`), notes, global flags. */
export async function commandHelp(command: CommandModule): Promise<string> {
  const usage = typeof command.usage === "function" ? await command.usage() : command.usage;
  const rows = Object.entries(command.flags).map(
    ([n, f]) => [flagLabel(n, f), f.description] as const,
  );
  const flags = rows.length > 0 ? `Flags:\n${columns(rows)}\n\n` : "";
  return `${usage.trimEnd()}\n\n${flags}${command.notes ? `${command.notes.trimEnd()}\n\n` : ""}${globalHelp()}`;
}

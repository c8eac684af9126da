import { GLOBAL_FLAGS } from "./command.js";
import { commandTable, resources } from "./command-table.js";
import { COMMANDS } from "./commands/index.js";
import { optionsOf } from "./generated-command.js";

/** One command line that completion knows the flags of: `contacts list`, `send`, `auth login`. */
export interface CompletionPath {
  readonly words: readonly string[];
  readonly flags: readonly string[];
  /** Flags whose values are an enum, with those values. */
  readonly enums: readonly (readonly [string, readonly string[]])[];
}

export interface CompletionModel {
  /** Words after `missive`. */
  readonly top: readonly string[];
  /** Words after each first word. */
  readonly second: ReadonlyMap<string, readonly string[]>;
  readonly paths: readonly CompletionPath[];
}

const dashed = (names: readonly string[]) => names.map((n) => `--${n}`);

/** What the shells complete, from the generated commands and the hand-made registry. */
export async function completionModel(): Promise<CompletionModel> {
  const globals = dashed(Object.keys(GLOBAL_FLAGS));
  const second = new Map<string, string[]>();
  const add = (first: string, words: readonly string[]) =>
    second.set(first, [...(second.get(first) ?? []), ...words]);
  const paths: CompletionPath[] = commandTable().map((c) => ({
    words: [c.resource, c.action],
    flags: [...dashed(Object.keys(optionsOf(c))), ...globals],
    enums: c.queryParams.flatMap((p) => (p.enum ? [[`--${p.flag}`, p.enum] as const] : [])),
  }));
  for (const c of commandTable()) add(c.resource, [c.action]);
  for (const command of COMMANDS) {
    const module = await command.load();
    const words = command.name.split(" ");
    const flags = [...dashed(Object.keys(module.flags)), ...globals];
    const [first = "", next] = words;
    if (next === undefined) add(first, [...((await module.completes?.()) ?? []), ...flags]);
    else add(first, [next]);
    paths.push({ words, flags, enums: [] });
  }
  const top = [...new Set([...resources(), ...COMMANDS.map((c) => c.name.split(" ")[0] ?? "")])];
  return { top, second, paths };
}

import { GLOBAL_FLAGS } from "./command.js";

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

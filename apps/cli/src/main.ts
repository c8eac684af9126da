/**
 * `missive`: `run(argv, io)` is the whole CLI, so that tests drive it in-process. Modules are
 * imported only by the command that needs them: `missive --version` loads neither the client
 * nor the operation metadata.
 */
import { readFileSync } from "node:fs";
import { CliError, describeError, ExitCode, UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

export { ExitCode } from "./errors.js";
export type { CliInput, CliIo, CliOutput } from "./io.js";

export function version(): string {
  const pkg = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(pkg) as { version: string }).version;
}

/** Global flags given before the command move after it: `missive --json users list`. */
function hoist(argv: readonly string[]): string[] {
  const lead: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") lead.push(arg);
    else if ((arg === "--base-url" || arg === "--profile") && i + 1 < argv.length) {
      lead.push(arg, argv[++i] ?? "");
    } else if (arg.startsWith("--base-url=") || arg.startsWith("--profile=")) lead.push(arg);
    else break;
  }
  const rest = argv.slice(i);
  const words = rest[0]?.startsWith("-") ? 0 : rest[1]?.startsWith("-") ? 1 : 2;
  return [...rest.slice(0, words), ...lead, ...rest.slice(words)];
}

const isHelp = (arg: string | undefined) => arg === "--help" || arg === "-h" || arg === "help";

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === "--version" || first === "-v" || first === "-V") {
    io.stdout.write(`missive ${version()}\n`);
    return ExitCode.ok;
  }
  const args = hoist(argv);
  const [resource, action] = args;
  if (resource === undefined || isHelp(resource)) {
    const { topHelp } = await import("./help.js");
    io.stdout.write(topHelp());
    return ExitCode.ok;
  }
  switch (resource) {
    case "api":
      return (await import("./commands/api.js")).runApi(args.slice(1), io);
    case "auth":
      return (await import("./commands/auth.js")).runAuth(args.slice(1), io);
    case "post":
      return (await import("./commands/post.js")).runPost(args.slice(1), io);
    case "send":
      return (await import("./commands/send.js")).runSend(args.slice(1), io);
    case "export":
      return (await import("./commands/export.js")).runExport(args.slice(1), io);
    case "completion":
      return (await import("./commands/completion.js")).runCompletion(args.slice(1), io);
  }
  if (resource === "analytics" && action === "report") {
    return (await import("./commands/analytics-report.js")).runReport(args.slice(2), io);
  }
  const table = await import("./command-table.js");
  if (!table.resources().includes(resource)) {
    throw new UsageError(
      `Unknown command "${resource}". Resources: ${table.resources().join(", ")}; commands: ${table.HAND_MADE.map(([n]) => n).join(", ")}. See \`missive --help\`.`,
    );
  }
  const help = await import("./help.js");
  if (action === undefined || isHelp(action) || action.startsWith("-")) {
    io.stdout.write(help.resourceHelp(resource));
    return ExitCode.ok;
  }
  const command = table.findCommand(resource, action);
  if (!command) {
    throw new UsageError(
      `Unknown action "${action}" for ${resource}.\n${help.resourceHelp(resource)}`,
    );
  }
  const { runGenerated } = await import("./generated-command.js");
  return runGenerated(command, args.slice(2), io);
}

/**
 * Runs `missive` with `argv` (without `node` and the script) and resolves to the exit code.
 * Errors go to `io.stderr`, never with the token in them.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (io.signal?.aborted) {
      io.stderr.write("Interrupted.\n");
      return ExitCode.interrupted;
    }
    const { message, exitCode } = describeError(error);
    io.stderr.write(`missive: ${redact(message, io.env)}\n`);
    return exitCode;
  }
}

/** The token is never printed, even if some message were to carry it. */
function redact(message: string, env: CliIo["env"]): string {
  const token = env.MISSIVE_API_TOKEN?.trim();
  return token && token.length >= 4 ? message.split(token).join("[redacted]") : message;
}

export { CliError, UsageError };

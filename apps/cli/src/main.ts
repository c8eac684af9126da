/**
 * `missive`: `run(argv, io)` is the whole CLI, so that tests drive it in-process. Modules are
 * imported only by the command that needs them: `missive --version` loads neither the client
 * nor the operation metadata.
 */
import { readFileSync } from "node:fs";
import { CliError, describeError, ExitCode, UsageError } from "./errors.js";
import type { CliIo } from "./io.js";
import { closeSharedRateLimitStores } from "./shared-rate-limit.js";

export { ExitCode } from "./errors.js";
export type { CliInput, CliIo, CliOutput } from "./io.js";

export function version(): string {
  const pkg = readFileSync(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(pkg) as { version: string }).version;
}

const isHelp = (arg: string | undefined) => arg === "--help" || arg === "-h" || arg === "help";

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === "--version" || first === "-v" || first === "-V") {
    io.stdout.write(`missive ${version()}\n`);
    return ExitCode.ok;
  }
  const args = (await import("./command.js")).hoist(argv);
  const [resource, action] = args;
  if (resource === undefined || isHelp(resource)) {
    io.stdout.write((await import("./help.js")).topHelp());
    return ExitCode.ok;
  }
  const registry = await import("./commands/index.js");
  const handMade = registry.findHandMade(args);
  if (handMade) {
    const { runCommand } = await import("./run-command.js");
    return runCommand(handMade, args.slice(handMade.name.split(" ").length), io);
  }
  const table = await import("./command-table.js");
  const help = await import("./help.js");
  const group = registry.commandsUnder(resource);
  const { closest, didYouMean } = await import("./suggest.js");
  if (!table.resources().includes(resource)) {
    if (group.length > 0 && (action === undefined || isHelp(action))) {
      io.stdout.write(help.groupHelp(resource));
      return ExitCode.ok;
    }
    if (group.length > 0) {
      const names = group.map((c) => c.name.slice(resource.length + 1));
      const near = closest(action ?? "", names);
      throw new UsageError(
        `Unknown ${resource} command "${action}".${didYouMean(near && `missive ${resource} ${near}`)} Use ${names.join(", ")}.`,
      );
    }
    // A mistyped global flag before the command (`missive --jsn users list`).
    if (resource.startsWith("-")) {
      const { GLOBAL_FLAGS } = await import("./command.js");
      const flag = resource.split("=")[0] ?? resource;
      const near = closest(
        flag,
        [...Object.keys(GLOBAL_FLAGS), "version"].map((f) => `--${f}`),
      );
      throw new UsageError(`Unknown option '${flag}'.${didYouMean(near)} See \`missive --help\`.`);
    }
    // Each name once: `conversations` and `analytics` are resources that also have commands.
    const resources = table.resources();
    const commands = [...new Set(registry.COMMANDS.map((c) => c.name.split(" ")[0] ?? ""))];
    const others = commands.filter((c) => !resources.includes(c));
    const near = closest(resource, [...resources, ...others]);
    const rest = near && action !== undefined && !action.startsWith("-") ? ` ${action}` : "";
    throw new UsageError(
      `Unknown command "${resource}".${didYouMean(near && `missive ${near}${rest}`)} Resources: ${resources.join(", ")}; commands: ${others.join(", ")}. See \`missive --help\`.`,
    );
  }
  if (action === undefined || isHelp(action) || action.startsWith("-")) {
    io.stdout.write(help.resourceHelp(resource));
    return ExitCode.ok;
  }
  const command = table.findCommand(resource, action);
  if (!command) {
    const actions = [
      ...table
        .commandTable()
        .filter((c) => c.resource === resource)
        .map((c) => c.action),
      ...group.map((c) => c.name.slice(resource.length + 1)),
    ];
    const near = closest(action, actions);
    throw new UsageError(
      `Unknown action "${action}" for ${resource}.${didYouMean(near && `missive ${resource} ${near}`)}\n${help.resourceHelp(resource)}`,
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
  (await import("./api-root.js")).forgetApiRoot();
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (io.signal?.aborted) {
      io.stderr.write("Interrupted.\n");
      return ExitCode.interrupted;
    }
    const { message, exitCode } = describeError(error);
    const { forTerminal } = await import("./terminal-text.js");
    const { redact } = await import("./redact.js");
    const text = forTerminal(await redact(message, io.env));
    // A message that already names the command (`missive post needs …`) gets no second prefix.
    io.stderr.write(text.startsWith("missive ") ? `${text}\n` : `missive: ${text}\n`);
    return exitCode;
  } finally {
    await closeSharedRateLimitStores();
  }
}

export { CliError, UsageError };

import type { Command } from "./command.js";
import { commandHelp } from "./command.js";
import { ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";
import { parseOptions } from "./parse.js";

/** Loads a hand-made command, parses its flags into its options, then runs it (or prints its help). */
export async function runCommand(
  command: Command,
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const module = await command.load();
  const options = await parseOptions(module, args, command.name);
  if (options.help) {
    io.stdout.write(await commandHelp(module));
    return ExitCode.ok;
  }
  return module.run(options, io);
}

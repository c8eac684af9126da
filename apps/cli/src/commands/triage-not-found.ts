/**
 * A 404 from a triage write may come from a --label, --user or --team id that does not exist,
 * not only from the conversation: Missive's message names the conversation either way. Say
 * which ids were sent, and where to check them.
 */
import { CliError, describeError, ExitCode } from "../errors.js";

const LISTS: Record<string, string> = {
  label: "missive shared-labels list",
  user: "missive users list",
  team: "missive teams list",
};

/** `error` with a hint naming the directory ids sent, when it is a 404; else `error`. */
export function withDirectoryHint(error: unknown, values: Record<string, unknown>): unknown {
  const { message, exitCode } = describeError(error);
  if (exitCode !== ExitCode.notFound) return error;
  const sent = Object.keys(LISTS).flatMap((flag) => {
    const value = values[flag];
    const ids = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    return ids.length > 0 ? [`--${flag} ${ids.join(",")} (see \`${LISTS[flag]}\`)`] : [];
  });
  if (sent.length === 0) return error;
  return new CliError(
    `${message}\nThe conversation ids may be right and one of these wrong: ${sent.join("; ")}.`,
    exitCode,
  );
}

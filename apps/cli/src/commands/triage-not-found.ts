/**
 * A 404 from a triage write may come from a --label, --user or --team id that does not exist,
 * not only from the conversation: Missive's message names the conversation either way. Look
 * the ids up again and say which one is unknown (or is a label's name shaped like an id).
 */
import type { DirectoryKind, ResolveContext } from "../directory.js";
import { CliError, describeError, ExitCode } from "../errors.js";

const KINDS: Record<string, DirectoryKind> = { label: "label", user: "user", team: "team" };

/** `error` with the unknown directory ids named, when it is a 404; else `error`. */
export async function withDirectoryHint(
  error: unknown,
  values: Record<string, unknown>,
  context: ResolveContext,
): Promise<unknown> {
  const { message, exitCode } = describeError(error);
  if (exitCode !== ExitCode.notFound) return error;
  const { unknownIds } = await import("../directory.js");
  const lines: string[] = [];
  for (const [flag, kind] of Object.entries(KINDS)) {
    const value = values[flag];
    const ids = Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
    if (ids.length > 0) lines.push(...(await unknownIds(kind, ids, flag, context)));
  }
  if (lines.length === 0) return error;
  return new CliError(
    `${message}\nThe conversation ids may be right: ${lines.join(" ")}`,
    exitCode,
  );
}

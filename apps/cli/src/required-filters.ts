/**
 * Lists that Missive refuses without one of a group of filters. The spec says it in prose
 * (`GET /conversations`: "The list must be filtered by a mailbox (`inbox`, `all`, …), a shared
 * label (`shared_label`) or a team mailbox (`team_inbox`, …)"), so the group is written here;
 * a test checks that each name is still a parameter of the operation.
 */
import type { GeneratedCommand } from "./command-table.js";
import { UsageError } from "./errors.js";

export const ONE_OF_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  listConversations: [
    "inbox",
    "all",
    "assigned",
    "closed",
    "snoozed",
    "flagged",
    "trashed",
    "junked",
    "drafts",
    "shared_label",
    "team_inbox",
    "team_closed",
    "team_all",
  ],
};

/** `--inbox, --query-all, …, --team-all <team-id>`: the flags of the group, as help shows them. */
export function requiredFilterFlags(command: GeneratedCommand): string[] | undefined {
  const group = ONE_OF_REQUIRED[command.operationId];
  if (!group) return undefined;
  return group.map((name) => {
    const p = command.queryParams.find((q) => q.name === name);
    return `--${p?.flag ?? name}`;
  });
}

/** Exit 2, before anything is sent, when none of the required group was given (or only `false`). */
export function checkRequiredFilters(
  command: GeneratedCommand,
  query: Readonly<Record<string, unknown>>,
): void {
  const group = ONE_OF_REQUIRED[command.operationId];
  if (!group || group.some((name) => query[name] !== undefined && query[name] !== false)) return;
  const flags = requiredFilterFlags(command) ?? [];
  throw new UsageError(
    `missive ${command.resource} ${command.action} needs a mailbox filter, one of: ${flags.join(", ")}. Missive refuses the list without one; nothing was sent. Example: missive ${command.resource} ${command.action} ${flags[0]}`,
  );
}

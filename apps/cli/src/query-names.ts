/**
 * Names in the filters of generated commands: `users list --organization Acme`,
 * `conversations list --shared-label "Billing/Refunds"`, `tasks list --assignee ann@acme.test`.
 * Which flag takes which kind comes from the parameter's description (`Team ID: …` → a team),
 * the same reading that gives help its `<team-id>` placeholder.
 */
import type { GlobalOptions } from "./command.js";
import type { GeneratedCommand } from "./command-table.js";
import type { DirectoryKind } from "./directory.js";
import { valueName } from "./help-words.js";
import type { CliIo } from "./io.js";

const KINDS: Record<string, DirectoryKind> = {
  "organization-id": "organization",
  "shared-label-id": "label",
  "team-id": "team",
  "user-id": "user",
  "contact-book-id": "contact-book",
};

/** The directory a query parameter's value comes from, if any. */
export const kindOf = (param: GeneratedCommand["queryParams"][number]) =>
  param.type === "string" ? KINDS[valueName(param) ?? ""] : undefined;

/** `query` with every name of an organization, label, team or user replaced by its id. */
export async function resolveQueryNames(
  command: GeneratedCommand,
  query: Record<string, unknown>,
  options: GlobalOptions,
  io: CliIo,
): Promise<Record<string, unknown>> {
  const named = command.queryParams.filter((p) => kindOf(p) && typeof query[p.name] === "string");
  if (named.length === 0) return query;
  const { looksLikeId, resolveId } = await import("./directory.js");
  if (named.every((p) => looksLikeId(query[p.name] as string))) return query;
  const out = { ...query };
  // The organization first: labels, teams and users are then looked up in it.
  const ordered = [...named].sort((a, b) =>
    kindOf(a) === "organization" ? -1 : kindOf(b) === "organization" ? 1 : 0,
  );
  for (const p of ordered) {
    const kind = kindOf(p) as DirectoryKind;
    const organization = typeof out.organization === "string" ? out.organization : undefined;
    out[p.name] = await resolveId(kind, out[p.name] as string, p.flag, {
      options,
      io,
      organization: kind === "organization" ? undefined : organization,
    });
  }
  return out;
}

/**
 * Names, not only ids: `--label "Billing/Refunds"`, `--user ann@acme.test`, `--team Support`,
 * `--organization Acme` resolve to ids from the directory lists (`GET /shared_labels`, `/users`,
 * `/teams`, `/organizations`), kept five minutes (`directory-cache.ts`). An id (Missive's are
 * UUIDs) is used as is, without a request. A name that matches nothing, or several things,
 * stops the command with exit 2 and the candidates, before anything is sent.
 */
import type { GlobalOptions } from "./command.js";
import { cachedList, cacheKey, type DirectoryEntry, storeList } from "./directory-cache.js";
import { candidates, listed, matches, shown } from "./directory-match.js";
import { CliError, describeError, ExitCode, UsageError } from "./errors.js";
import type { CliIo } from "./io.js";
import { findTokenSource, makeClient } from "./make-client.js";

export type DirectoryKind = "label" | "user" | "team" | "organization" | "contact-book";

const LISTS: Record<
  DirectoryKind,
  { what: string; namespace: string; command: string; narrower: string }
> = {
  label: {
    what: "shared label",
    namespace: "sharedLabels",
    command: "shared-labels",
    narrower: "the full path",
  },
  user: { what: "user", namespace: "users", command: "users", narrower: "the email" },
  team: { what: "team", namespace: "teams", command: "teams", narrower: "the id" },
  organization: {
    what: "organization",
    namespace: "organizations",
    command: "organizations",
    narrower: "the id",
  },
  "contact-book": {
    what: "contact book",
    namespace: "contactBooks",
    command: "contact-books",
    narrower: "the id",
  },
};

/** Kinds whose list takes no `organization` filter. */
const UNNARROWED: readonly DirectoryKind[] = ["organization", "contact-book"];

/** Missive ids are UUID-shaped (its docs' examples hold letters past `f`, so any alphanumeric). */
export const looksLikeId = (value: string): boolean =>
  /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i.test(value.trim());

/** What a person may type for an item: a label's path and leaf name, a user's name and email. */
function entryOf(kind: DirectoryKind, item: Record<string, unknown>): DirectoryEntry {
  const text = (key: string) => (typeof item[key] === "string" ? (item[key] as string) : "");
  const names =
    kind === "label"
      ? [text("name_with_parent_names") || text("name"), text("name")]
      : kind === "user"
        ? [text("name"), text("email")]
        : [text("name")];
  return { id: String(item.id), names: [...new Set(names.filter(Boolean))] };
}

/** Who resolves: the command's global options and io, and the organization to narrow to. */
export interface ResolveContext {
  readonly options: GlobalOptions;
  readonly io: CliIo;
  readonly organization?: string | undefined;
}

async function fetchList(kind: DirectoryKind, context: ResolveContext, fresh: boolean) {
  const { options, io, organization } = context;
  const source = await findTokenSource(options, io);
  const org = UNNARROWED.includes(kind) ? "" : (organization ?? "");
  const key = cacheKey(source.token ?? "", source.baseUrl ?? "", kind, org);
  const cached = fresh ? undefined : await cachedList(io, key);
  if (cached) return { entries: cached, fromCache: true };
  const client = (await makeClient(options, io, source)) as unknown as Record<
    string,
    Record<string, (query: object, init: object) => AsyncIterable<Record<string, unknown>>>
  >;
  const listAll = client[LISTS[kind].namespace]?.listAll;
  if (!listAll) throw new Error(`client has no ${LISTS[kind].namespace}.listAll`);
  const entries: DirectoryEntry[] = [];
  const query = org ? { organization: org } : {};
  for await (const item of listAll(query, { signal: io.signal })) entries.push(entryOf(kind, item));
  await storeList(io, key, entries);
  return { entries, fromCache: false };
}

/**
 * The list, or the failure to get it (401, 429, 5xx, no answer) with what was being looked up:
 * the command itself was not sent, and an id would skip the lookup.
 */
async function lookUp(kind: DirectoryKind, context: ResolveContext, fresh: boolean, what: string) {
  try {
    return await fetchList(kind, context, fresh);
  } catch (error) {
    const { message, exitCode } = describeError(error);
    if (exitCode === ExitCode.interrupted) throw error;
    throw new CliError(
      `${message}\n(While looking up ${what} in \`missive ${LISTS[kind].command} list\`: nothing was sent. An id skips this lookup.)`,
      exitCode,
    );
  }
}

/**
 * The ids of `values` (names or ids) of one kind. `flag` names the flag in messages (or, when
 * not a flag name, where the value came from: `MISSIVE_ORGANIZATION`). A name not
 * found in a cached list is looked up again in a fresh one (a label created a minute ago).
 */
export async function resolveIds(
  kind: DirectoryKind,
  values: readonly string[],
  flag: string,
  context: ResolveContext,
): Promise<string[]> {
  if (values.every(looksLikeId)) return values.map((v) => v.trim());
  // A flag (`label` → `--label`), or where else the value came from (`MISSIVE_ORGANIZATION`).
  const said = /^[a-z][a-z0-9-]*$/.test(flag) ? `--${flag}` : flag;
  const named = values.find((v) => !looksLikeId(v)) ?? "";
  let { entries, fromCache } = await lookUp(kind, context, false, `${said} "${named}"`);
  const out: string[] = [];
  for (const value of values) {
    if (looksLikeId(value)) {
      out.push(value.trim());
      continue;
    }
    let found = matches(entries, value.trim());
    if (found.length === 0 && fromCache) {
      ({ entries, fromCache } = await lookUp(kind, context, true, `${said} "${value}"`));
      found = matches(entries, value.trim());
    }
    const { what, command, narrower } = LISTS[kind];
    if (found.length > 1) {
      const or = narrower === "the id" ? "the id" : `${narrower} or the id`;
      throw new UsageError(
        `${said} "${value}" matches ${found.length} ${what}s; give ${or}:\n${listed(found)}\nNothing was sent.`,
      );
    }
    const [entry] = found;
    if (!entry) {
      const where =
        context.organization && !UNNARROWED.includes(kind) ? " in this organization" : "";
      const known = entries.length > 0 ? `; candidates:\n${candidates(entries, value)}` : ".";
      throw new UsageError(
        `${said} "${value}": no ${what} of that name or id${where}${known}\nSee \`missive ${command} list\`. Nothing was sent.`,
      );
    }
    out.push(entry.id);
  }
  return out;
}

/** One name or id (`--team`, `--organization`). */
export async function resolveId(
  kind: DirectoryKind,
  value: string,
  flag: string,
  context: ResolveContext,
): Promise<string> {
  return (await resolveIds(kind, [value], flag, context))[0] as string;
}

/**
 * After a 404 from a write: each of `ids` that a fresh list does not hold, said plainly (no
 * such id), or, for a label named like a UUID, the label that name belongs to. Nothing when
 * every id is known or the list cannot be read.
 */
export async function unknownIds(
  kind: DirectoryKind,
  ids: readonly string[],
  flag: string,
  context: ResolveContext,
): Promise<string[]> {
  let entries: DirectoryEntry[];
  try {
    ({ entries } = await fetchList(kind, context, true));
  } catch {
    return [];
  }
  const { what, command } = LISTS[kind];
  return ids.flatMap((id) => {
    if (entries.some((e) => e.id === id)) return [];
    const [named, ...more] = matches(entries, id);
    if (named && more.length === 0) {
      return [
        `--${flag} ${id} is the name of ${shown(named)}, not its id: give --${flag} ${named.id}.`,
      ];
    }
    return [`--${flag} ${id}: no ${what} has this id (see \`missive ${command} list\`).`];
  });
}

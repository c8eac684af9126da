/**
 * Triage verbs: `missive conversations close|reopen|label|unlabel|assign|unassign|move <ids…>`.
 * Silent by default: one `PATCH /conversations/{ids}` (no entry in the conversation, nobody
 * notified, a closed conversation stays closed). `--post "text"` uses the post route instead:
 * one visible post per conversation, carrying the same action.
 */
import { defineCommand, type Flags } from "../command.js";
import { FIELDS_FLAG } from "../common-flags.js";
import { requireOrganization } from "../default-organization.js";
import type { ResolveContext } from "../directory.js";
import { ExitCode, UsageError } from "../errors.js";
import { makeClient } from "../make-client.js";
import { counted } from "../names.js";
import { confirm, outputOptions, printResult } from "../output.js";
import { checkIdFlags, commaList } from "../parse.js";

type Change = Record<string, unknown>;
type Values = Record<string, unknown> & { args: string[] };

const org = {
  type: "string",
  value: "<id|name>",
  description:
    "Organization (default: MISSIVE_ORGANIZATION, else `missive config set organization`)",
} as const;
const common = {
  post: {
    type: "string",
    value: "<text>",
    description: "Post this text instead (visible, notifies, reopens unless closing)",
  },
  "dry-run": { type: "boolean", description: "Print the request(s) and send nothing" },
  fields: FIELDS_FLAG,
} as const;

interface Verb {
  summary: string;
  /** The confirmation's verb: `Closed` 2 conversations. */
  done: string;
  flags: Flags;
  /** Needs the organization (labels, assignees). */
  organization: boolean;
  change(values: Values): Change;
}

const list = (values: Values, flag: string) => {
  const raw = values[flag];
  const ids = commaList(Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]);
  if (ids.length === 0)
    throw new UsageError(`Give --${flag} <name or id> (repeatable or comma-separated).`);
  return ids;
};

export const VERBS: Record<string, Verb> = {
  close: {
    done: "Closed",
    summary: "Close conversations",
    flags: {},
    organization: false,
    change: () => ({ close: true }),
  },
  reopen: {
    done: "Reopened",
    summary: "Reopen conversations",
    flags: {},
    organization: false,
    change: () => ({ reopen: true }),
  },
  label: {
    done: "Labelled",
    summary: "Add shared labels",
    flags: {
      label: {
        type: "string",
        multiple: true,
        value: "<name|id>",
        description: 'Shared label to add: its name, path ("Billing/Refunds") or id',
      },
      organization: org,
    },
    organization: true,
    change: (v) => ({ add_shared_labels: list(v, "label") }),
  },
  unlabel: {
    done: "Unlabelled",
    summary: "Remove shared labels",
    flags: {
      label: {
        type: "string",
        multiple: true,
        value: "<name|id>",
        description: 'Shared label to remove: its name, path ("Billing/Refunds") or id',
      },
      organization: org,
    },
    organization: true,
    change: (v) => ({ remove_shared_labels: list(v, "label") }),
  },
  assign: {
    done: "Assigned",
    summary: "Assign users",
    flags: {
      user: {
        type: "string",
        multiple: true,
        value: "<email|name|id>",
        description: "User to assign: email, name or id",
      },
      organization: org,
    },
    organization: true,
    change: (v) => ({ add_assignees: list(v, "user") }),
  },
  unassign: {
    done: "Unassigned",
    summary: "Unassign users",
    flags: {
      user: {
        type: "string",
        multiple: true,
        value: "<email|name|id>",
        description: "User to unassign: email, name or id",
      },
      organization: org,
    },
    organization: true,
    change: (v) => ({ remove_assignees: list(v, "user") }),
  },
  move: {
    done: "Moved",
    summary: "Move conversations to the Inbox (--inbox) or a team inbox (--team)",
    flags: {
      inbox: { type: "boolean", description: "Move to the Inbox of everyone with access" },
      team: { type: "string", value: "<name|id>", description: "Move to this team's inbox" },
    },
    organization: false,
    change: (v) => {
      if ((v.inbox === true) === (typeof v.team === "string")) {
        throw new UsageError(
          "missive conversations move needs exactly one of --inbox or --team <name|id>.",
        );
      }
      return v.inbox === true ? { add_to_inbox: true } : { team: v.team, add_to_team_inbox: true };
    },
  },
};

/** `--label Refunds`, `--user ann@acme.test`, `--team Support`: names become ids. */
async function resolveNames(values: Values, context: ResolveContext): Promise<void> {
  const { resolveId, resolveIds } = await import("../directory.js");
  for (const [flag, kind] of [
    ["label", "label"],
    ["user", "user"],
  ] as const) {
    if (values[flag] === undefined) continue;
    const given = list(values, flag);
    values[flag] = await resolveIds(kind, given, flag, context);
  }
  if (typeof values.team === "string") {
    values.team = await resolveId("team", values.team, "team", context);
  }
}

export function triageCommand(verb: string) {
  const spec = VERBS[verb] as Verb;
  const name = `missive conversations ${verb}`;
  return defineCommand({
    usage: `${spec.summary}, silently: PATCH /conversations/{ids} (no post, nobody notified).

Usage: ${name} <ids…> [flags]`,
    flags: { ...spec.flags, ...common },
    async run(options, io) {
      const values = options as unknown as Values;
      const ids = options.args;
      if (ids.length === 0) throw new UsageError(`${name} needs one or more conversation ids.`);
      checkIdFlags(
        Object.fromEntries(ids.map((id, i) => [`id ${i + 1}`, id])),
        ids.map((_, i) => `id ${i + 1}`),
      );
      checkIdFlags(values, ["organization", "team"]);
      const given = typeof values.organization === "string" ? values.organization : undefined;
      const organization = spec.organization
        ? await requireOrganization(given, options, io, name)
        : undefined;
      await resolveNames(values, { options, io, organization });
      const change = spec.change(values);
      if (organization) change.organization = organization;
      const text = typeof values.post === "string" ? values.post : undefined;
      if (text !== undefined && text.trim() === "")
        throw new UsageError("--post is empty: give the text of the post.");
      const posts =
        text === undefined
          ? null
          : ids.map((id) => ({
              conversation: id,
              text,
              notification: { title: spec.summary, body: text.slice(0, 100) },
              ...change,
            }));
      if (values.dryRun === true) {
        const { printDryRun } = await import("../dry-run.js");
        if (posts) for (const post of posts) printDryRun(io, "post", "/posts", {}, { posts: post });
        else {
          const path = `/conversations/${ids.map(encodeURIComponent).join(",")}`;
          printDryRun(
            io,
            "patch",
            path,
            {},
            { conversations: ids.map((id) => ({ id, ...change })) },
          );
        }
        return ExitCode.ok;
      }
      const client = await makeClient(options, io);
      const signal = io.signal;
      const { withDirectoryHint } = await import("./triage-not-found.js");
      const result = await (posts
        ? Promise.all(posts.map((post) => client.posts.create(post as never, { signal })))
        : client.conversations.update(ids.map((id) => ({ id, ...change })) as never, { signal })
      ).catch(async (error: unknown) => {
        throw await withDirectoryHint(error, values, { options, io, organization });
      });
      printResult(result, outputOptions(options, io), io);
      confirm(
        io,
        `${spec.done} ${counted(ids.length, "conversations")}${posts ? " with a post" : ""}`,
      );
      return ExitCode.ok;
    },
  });
}

import type { Command } from "../command.js";

/**
 * Every hand-made command, in the order `missive --help` lists them. This list is the whole
 * registration: dispatch, help and completion read it (see "Adding a command" in the README).
 * A name whose first word is a generated resource (`analytics report`) is an action of that
 * resource; other two-word names (`auth login`) form a group (`missive auth` lists it).
 * Modules load on demand, so that `missive --help` reads this file and no command's module.
 */
export const COMMANDS: readonly Command[] = [
  {
    name: "conversations close",
    summary: "Close conversations silently (PATCH, no post): missive conversations close <ids…>",
    load: async () => (await import("./triage.js")).triageCommand("close"),
  },
  {
    name: "conversations reopen",
    summary: "Reopen conversations silently: missive conversations reopen <ids…>",
    load: async () => (await import("./triage.js")).triageCommand("reopen"),
  },
  {
    name: "conversations label",
    summary: "Add shared labels silently: missive conversations label <ids…> --label L",
    load: async () => (await import("./triage.js")).triageCommand("label"),
  },
  {
    name: "conversations unlabel",
    summary: "Remove shared labels silently: missive conversations unlabel <ids…> --label L",
    load: async () => (await import("./triage.js")).triageCommand("unlabel"),
  },
  {
    name: "conversations assign",
    summary: "Assign users silently: missive conversations assign <ids…> --user U",
    load: async () => (await import("./triage.js")).triageCommand("assign"),
  },
  {
    name: "conversations unassign",
    summary: "Unassign users silently: missive conversations unassign <ids…> --user U",
    load: async () => (await import("./triage.js")).triageCommand("unassign"),
  },
  {
    name: "conversations move",
    summary:
      "Move to the Inbox or a team inbox: missive conversations move <ids…> --inbox | --team T",
    load: async () => (await import("./triage.js")).triageCommand("move"),
  },
  {
    name: "config set",
    summary: "Save a profile setting: missive config set organization <id>",
    load: async () => (await import("./config-set.js")).default,
  },
  {
    name: "api",
    summary: "Send any request: missive api GET /conversations?limit=5",
    load: async () => (await import("./api.js")).default,
  },
  {
    name: "auth login",
    summary: "Log in with an API token, checked and saved for the profile",
    load: async () => (await import("./auth.js")).authLogin,
  },
  {
    name: "auth status",
    summary: "Show the account, where the token comes from, and the token masked",
    load: async () => (await import("./auth.js")).authStatus,
  },
  {
    name: "auth logout",
    summary: "Forget the token of the profile",
    load: async () => (await import("./auth.js")).authLogout,
  },
  {
    name: "post",
    summary: "Post to a conversation: missive post --conversation <id> --text …",
    load: async () => (await import("./post.js")).default,
  },
  {
    name: "send",
    summary: "Send an email: missive send --to … --from … --subject … --body …",
    load: async () => (await import("./send.js")).default,
  },
  {
    name: "export",
    summary: "Stream every item of a list as NDJSON or CSV, resumable",
    load: async () => (await import("./export.js")).default,
  },
  {
    name: "completion",
    summary: "Shell completion script: missive completion bash|zsh|fish",
    load: async () => (await import("./completion.js")).default,
  },
  {
    name: "analytics report",
    summary: "Create a report and wait for it (--wait)",
    load: async () => (await import("./analytics-report.js")).default,
  },
  {
    name: "attachments download",
    summary: "Download a message's attachments: missive attachments download <message-id>",
    load: async () => (await import("./attachments-download.js")).default,
  },
  {
    name: "webhooks listen",
    summary: "Receive Missive webhooks locally: verify, print, forward to your app",
    load: async () => (await import("./webhooks-listen.js")).default,
  },
  {
    name: "webhooks trigger",
    summary:
      "Send a signed sample delivery (from the spec's examples) to a URL, like stripe trigger",
    load: async () => (await import("./webhooks-trigger.js")).default,
  },
  {
    name: "sync",
    summary: "Keep a local copy of the account (SQLite or Postgres): missive sync [--follow]",
    load: async () => (await import("./sync.js")).default,
  },
  {
    name: "sync status",
    summary: "Rows, checkpoints and last run of the local copy",
    load: async () => (await import("./sync-status.js")).default,
  },
  {
    name: "search",
    summary: 'Search the local copy offline: missive search "refund request" [--json]',
    load: async () => (await import("./search.js")).default,
  },
];

/** The command `args` start with: two words (`auth login`) before one (`send`). */
export function findHandMade(args: readonly string[]): Command | undefined {
  const two = `${args[0]} ${args[1]}`;
  return COMMANDS.find((c) => c.name === two) ?? COMMANDS.find((c) => c.name === args[0]);
}

/** The commands named `<first> …`: a group (`auth`) or a resource's hand-made actions. */
export const commandsUnder = (first: string): Command[] =>
  COMMANDS.filter((c) => c.name.startsWith(`${first} `));

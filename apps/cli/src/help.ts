import { columns, globalHelp } from "./command.js";
import { commandTable, type GeneratedCommand, resources } from "./command-table.js";
import { COMMANDS, commandsUnder } from "./commands/index.js";
import type { DirectoryKind } from "./directory.js";
import { cliDescription, pathPlaceholder, queryPlaceholder } from "./help-words.js";
import { kindOf } from "./query-names.js";

/** After a filter whose value is looked up by name (`query-names.ts`). */
const NAMES_TOO: Record<DirectoryKind, string> = {
  label: 'Instead of the ID, a name or path ("Billing/Refunds") works too.',
  user: "Instead of the ID, a user's name or email works too.",
  team: "Instead of the ID, a team name works too.",
  organization: "Instead of the ID, an organization name works too.",
  "contact-book": "Instead of the ID, a contact book name works too.",
};

import { describeParam } from "./param-values.js";
import { requiredFilterFlags } from "./required-filters.js";

/** The hand-made actions of a generated resource (`analytics report`), as `[action, summary]`. */
const handMadeActions = (resource: string) =>
  commandsUnder(resource).map((c) => [c.name.slice(resource.length + 1), c.summary] as const);

export function topHelp(): string {
  const table = commandTable();
  const rows = resources().map((r) => {
    const actions = table.filter((c) => c.resource === r).map((c) => c.action);
    for (const [action] of handMadeActions(r)) actions.push(action);
    return [r, actions.join(", ")] as const;
  });
  const known = new Set(resources());
  const commands = COMMANDS.filter((c) => !known.has(c.name.split(" ")[0] ?? ""));
  return `missive — the Missive REST API from your shell

Usage:
  missive <resource> <action> [ids…] [flags]
  missive <command> [flags]

Resources (one action per API operation):
${columns(rows)}

Commands:
${columns(commands.map((c) => [c.name, c.summary] as const))}

${globalHelp()}
Token: MISSIVE_API_TOKEN, else the profile saved by \`missive auth login\`.
Exit codes: 0 ok, 1 API error, 2 usage error, 3 not logged in or token refused, 4 not found.
Run \`missive <resource> --help\` or \`missive <resource> <action> --help\` for more.
`;
}

export function resourceHelp(resource: string): string {
  const commands = commandTable().filter((c) => c.resource === resource);
  const rows = commands.map((c) => [`${c.action}${usageArgs(c)}`, c.operation.summary] as const);
  return `Usage: missive ${resource} <action> [flags]

Actions:
${columns([...rows, ...handMadeActions(resource)])}

Run \`missive ${resource} <action> --help\` for its flags.
`;
}

/** `missive auth`: the commands of a group. */
export function groupHelp(group: string): string {
  return `Usage: missive ${group} <command> [flags]

Commands:
${columns(handMadeActions(group))}

Run \`missive ${group} <command> --help\` for its flags.
`;
}

function usageArgs(c: GeneratedCommand): string {
  return c.pathParams
    .map((p) => (p.type === "array" ? ` ${pathPlaceholder(c, p)}…` : ` ${pathPlaceholder(c, p)}`))
    .map((s) => (c.entry.idsFromBody !== null ? ` [${s.trim()}]` : s))
    .join("");
}

/** `x-missive-plan`: the plans an operation needs, and fields that need a narrower one. */
function planLines(plan: GeneratedCommand["operation"]["plan"]): string[] {
  if (!plan) return [];
  const fields = Object.entries(plan.fields ?? {}).map(
    ([field, plans]) => `${field}: ${plans.join(" or ")}`,
  );
  return [
    `Plan: ${plan.plans.join(" or ")}${fields.length > 0 ? ` (${fields.join("; ")})` : ""}. A 403 may mean the organization's plan lacks it.`,
  ];
}

export function actionHelp(c: GeneratedCommand): string {
  const op = c.operation;
  const lines = [
    `${op.summary}.`,
    "",
    `Usage: missive ${c.resource} ${c.action}${usageArgs(c)} [flags]`,
    `       (${op.method.toUpperCase()} ${op.path})`,
    ...planLines(op.plan),
    "",
  ];
  const required = requiredFilterFlags(c);
  if (required) {
    lines.splice(
      -1,
      0,
      `Required: one of ${required.join(", ")} (Missive refuses the list without one).`,
    );
  }
  const rows: [string, string][] = [];
  for (const p of c.pathParams) {
    const about =
      c.entry.idsFromBody !== null
        ? `${cliDescription(c, p)} Optional: each id gets the object of --data; without ids, give them in the objects.`
        : `${cliDescription(c, p)} (${describeParam(p)})`;
    rows.push([`${pathPlaceholder(c, p)}, --${p.name}`, about]);
  }
  for (const p of c.queryParams) {
    // A switch needs no "(boolean, default false)": its name and what it does say it all.
    const about = p.type === "boolean" ? "" : ` (${describeParam(p)})`;
    const kind = kindOf(p);
    const named = kind ? ` ${NAMES_TOO[kind]}` : "";
    rows.push([`--${p.flag}${queryPlaceholder(p)}`, `${cliDescription(c, p)}${named}${about}`]);
  }
  if (op.requestBody) {
    const env = op.requestBody.envelope;
    rows.push([
      "-d, --data <json>",
      `Request body: JSON, @file.json or - for stdin${op.requestBody.required ? " (required)" : ""}. ` +
        (env
          ? `Give the ${op.requestBody.list ? "list" : "object"} under "${env}" or the whole {"${env}": …}; the CLI wraps it.`
          : "Sent as is."),
    ]);
    rows.push([
      "--field key=value",
      "Set a field of the body to a string (repeatable; dotted keys)",
    ]);
    rows.push(["--field-json key=<json>", "Set a field of the body to a JSON value (repeatable)"]);
  }
  if (c.entry.listAllName) {
    rows.push([
      "--all, --paginate",
      "Fetch every page and print one JSON object per line (NDJSON)",
    ]);
  }
  rows.push(["--fields <a,b>", "Only these fields (table columns, JSON keys)"]);
  lines.push("Flags:", columns(rows), "", globalHelp());
  return lines.join("\n");
}

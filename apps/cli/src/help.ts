import {
  commandTable,
  type GeneratedCommand,
  HAND_MADE,
  HAND_MADE_ACTIONS,
  resources,
} from "./command-table.js";
import { describeParam } from "./param-values.js";

const GLOBAL_HELP = `Global flags:
  --json               Print JSON (default when stdout is not a terminal)
  --base-url <url>     API root (default https://public.missiveapp.com/v1; env MISSIVE_BASE_URL)
  --profile <name>     Account stored by \`missive auth login --profile <name>\`
  -h, --help           Show help
`;

const pad = (rows: (readonly [string, string])[]) => {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`.trimEnd()).join("\n");
};

export function topHelp(): string {
  const table = commandTable();
  const rows = resources().map((r) => {
    const actions = table.filter((c) => c.resource === r).map((c) => c.action);
    for (const [res, action] of HAND_MADE_ACTIONS) if (res === r) actions.push(action);
    return [r, actions.join(", ")] as const;
  });
  return `missive — the Missive REST API from your shell

Usage:
  missive <resource> <action> [ids…] [flags]
  missive <command> [flags]

Resources (one action per API operation):
${pad(rows)}

Commands:
${pad(HAND_MADE.map(([a, b]) => [a, b] as const))}

${GLOBAL_HELP}
Token: MISSIVE_API_TOKEN, else the profile saved by \`missive auth login\`.
Exit codes: 0 ok, 1 API error, 2 usage error, 3 not logged in or token refused, 4 not found.
Run \`missive <resource> --help\` or \`missive <resource> <action> --help\` for more.
`;
}

export function resourceHelp(resource: string): string {
  const commands = commandTable().filter((c) => c.resource === resource);
  const rows = commands.map((c) => [`${c.action}${usageArgs(c)}`, c.operation.summary] as const);
  for (const [res, action, text] of HAND_MADE_ACTIONS)
    if (res === resource) rows.push([action, text]);
  return `Usage: missive ${resource} <action> [flags]

Actions:
${pad(rows)}

Run \`missive ${resource} <action> --help\` for its flags.
`;
}

function usageArgs(c: GeneratedCommand): string {
  return c.pathParams
    .map((p) => (p.type === "array" ? ` <${p.name}>…` : ` <${p.name}>`))
    .map((s) => (c.idsFromBody ? ` [${s.trim()}]` : s))
    .join("");
}

export function actionHelp(c: GeneratedCommand): string {
  const op = c.operation;
  const lines = [
    `${op.summary}.`,
    "",
    `Usage: missive ${c.resource} ${c.action}${usageArgs(c)} [flags]`,
    `       (${op.method.toUpperCase()} ${op.path})`,
    "",
  ];
  const rows: [string, string][] = [];
  for (const p of c.pathParams) {
    const about = c.idsFromBody
      ? `${oneLine(p.description)} Optional: each id gets the object of --data; without ids, give them in the objects.`
      : `${oneLine(p.description)} (${describeParam(p)})`;
    rows.push([`<${p.name}>, --${p.name}`, about]);
  }
  for (const p of c.queryParams) {
    const value =
      p.type === "boolean"
        ? ""
        : p.enum
          ? ` <${p.enum.join("|")}>`
          : p.type === "integer" && /unix/i.test(p.description)
            ? " <time>"
            : p.type === "integer" || p.type === "number"
              ? " <n>"
              : " <value>";
    rows.push([`--${p.flag}${value}`, `${oneLine(p.description)} (${describeParam(p)})`]);
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
  lines.push("Flags:", pad(rows), "", GLOBAL_HELP);
  return lines.join("\n");
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");

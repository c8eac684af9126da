import { readBaseObject } from "../body.js";
import { defineCommand } from "../command.js";
import { DRY_RUN_FLAG, FIELDS_FLAG, moreFieldsFlag } from "../common-flags.js";
import { ExitCode, UsageError } from "../errors.js";
import { makeClient } from "../make-client.js";
import { outputOptions, printResult } from "../output.js";
import { commaList, parseTime, strictNumber } from "../parse.js";
import { forTerminal } from "../terminal-text.js";

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

function seconds(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = strictNumber(raw, flag, false);
  if (n < 0) throw new UsageError(`--${flag} must be a number of seconds, 0 or more, got ${n}.`);
  return n;
}

const analyticsReport = defineCommand({
  usage: `Create an analytics report, and with --wait, wait for it and print it.

Usage: missive analytics report [--organization <id|name>] --start <time> --end <time> [--wait]`,
  notes:
    "Without --wait, prints the created report's id: fetch it with `missive analytics get <id>`.",
  flags: {
    organization: {
      type: "string",
      value: "<id|name>",
      description:
        "Organization to report on (default: MISSIVE_ORGANIZATION, else `missive config set organization`)",
    },
    start: {
      type: "string",
      value: "<time>",
      description: "Start: Unix seconds or a date (2026-01-01) (required)",
    },
    end: { type: "string", value: "<time>", description: "End: Unix seconds or a date (required)" },
    "time-zone": {
      type: "string",
      value: "<zone>",
      description: "IANA time zone, e.g. America/Montreal",
    },
    team: {
      type: "string",
      multiple: true,
      value: "<name|id>",
      description: "Only these teams (repeatable)",
    },
    user: {
      type: "string",
      multiple: true,
      value: "<email|name|id>",
      description: "Only these users (repeatable)",
    },
    label: {
      type: "string",
      multiple: true,
      value: "<name|id>",
      description: "Only these shared labels (repeatable)",
    },
    wait: {
      type: "boolean",
      description: "Poll until the report is ready (every --poll-interval s) and print it",
    },
    "poll-interval": {
      type: "string",
      value: "<s>",
      description: "Seconds between polls (default 5, as Missive advises)",
    },
    timeout: {
      type: "string",
      value: "<s>",
      description: "Give up waiting after this many seconds (default 120)",
    },
    data: moreFieldsFlag("report request"),
    fields: FIELDS_FLAG,
    "dry-run": DRY_RUN_FLAG,
  },
  async run(options, io) {
    if (options.args.length > 0) throw new UsageError(`Unexpected argument "${options.args[0]}".`);
    const report = await readBaseObject(options.data, "reports", "analytics report", io);
    for (const key of ["start", "end"] as const) {
      const value = options[key];
      if (value !== undefined) report[key] = parseTime(value, key);
    }
    for (const key of ["start", "end"]) {
      if (report[key] === undefined)
        throw new UsageError(`missive analytics report needs --${key}.`);
    }
    const { organizationId, ORGANIZATION_HINT } = await import("../default-organization.js");
    const { resolveIds } = await import("../directory.js");
    const given = options.organization ?? (report.organization as string | undefined);
    const organization = await organizationId(given, options, io);
    if (organization) report.organization = organization;
    if (report.organization === undefined) {
      throw new UsageError(`missive analytics report needs an organization: ${ORGANIZATION_HINT}.`);
    }
    if (options.timeZone) report.time_zone = options.timeZone;
    const context = { options, io, organization };
    for (const [ids, key, kind, flag] of [
      [options.team, "teams", "team", "team"],
      [options.user, "users", "user", "user"],
      [options.label, "shared_labels", "label", "label"],
    ] as const) {
      const list = commaList(ids);
      if (list.length > 0) report[key] = await resolveIds(kind, list, flag, context);
    }
    // With --wait too: only the create request is known in advance (the polls need its id).
    const { checkOrDryRun } = await import("../request-body-check.js");
    if (
      checkOrDryRun(io, options.dryRun, "createAnalyticsReport", "/analytics/reports", {
        reports: report,
      })
    )
      return ExitCode.ok;
    const client = await makeClient(options, io);
    const output = outputOptions(options, io);
    if (!options.wait) {
      const created = await client.analytics.create(report as never, { signal: io.signal });
      printResult(created, output, io);
      const id = (created as { id?: string } | undefined)?.id;
      if (id && io.stderr.isTTY)
        io.stderr.write(`Fetch it in a few seconds: missive analytics get ${forTerminal(id)}\n`);
      return ExitCode.ok;
    }
    const interval = seconds(options.pollInterval, "poll-interval", 5) * 1000;
    let timer: ReturnType<typeof setInterval> | undefined;
    if (io.stderr.isTTY) {
      let frame = 0;
      timer = setInterval(() => {
        io.stderr.write(`\r${SPINNER[frame++ % SPINNER.length]} Waiting for the report…`);
      }, 100);
    }
    try {
      const result = await client.analytics.run(report as never, {
        signal: io.signal,
        timeoutMs: seconds(options.timeout, "timeout", 120) * 1000,
        pollIntervalMs: interval,
        firstPollAfterMs: interval,
      });
      if (timer) io.stderr.write("\r\u001b[K");
      // The report's content is not documented by Missive: print it whole, as JSON.
      printResult(result, { ...output, json: true }, io);
      return ExitCode.ok;
    } finally {
      if (timer) clearInterval(timer);
    }
  },
});

export default analyticsReport;

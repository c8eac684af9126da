import { isObject, readData } from "../body.js";
import { CliError, UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { makeClient } from "../make-client.js";
import { outputOptions, printResult } from "../output.js";
import { listFlag, parseFlags, parseTime, stringFlag } from "../parse.js";

const HELP = `Create an analytics report, and with --wait, wait for it and print it.

Usage: missive analytics report --organization <id> --start <time> --end <time> [--wait]

Flags:
  --organization <id>       Organization to report on (required)
  --start <time>            Start: Unix seconds or a date (2026-01-01) (required)
  --end <time>              End: Unix seconds or a date (required)
  --time-zone <zone>        IANA time zone, e.g. America/Montreal
  --team <id>               Only these teams (repeatable)
  --user <id>               Only these users (repeatable)
  --label <id>              Only these shared labels (repeatable)
  --wait                    Poll until the report is ready (every --poll-interval s) and print it
  --poll-interval <s>       Seconds between polls (default 5, as Missive advises)
  --timeout <s>             Give up waiting after this many seconds (default 120)
  -d, --data <json>         More fields of the report request; the flags win
  --json                    JSON output

Without --wait, prints the created report's id: fetch it with \`missive analytics get <id>\`.
`;

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

function seconds(values: Record<string, unknown>, flag: string, fallback: number): number {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${flag} must be a number of seconds, got "${String(raw)}".`);
  return n;
}

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      organization: { type: "string" },
      start: { type: "string" },
      end: { type: "string" },
      "time-zone": { type: "string" },
      team: { type: "string", multiple: true },
      user: { type: "string", multiple: true },
      label: { type: "string", multiple: true },
      wait: { type: "boolean" },
      "poll-interval": { type: "string" },
      timeout: { type: "string" },
      data: { type: "string", short: "d" },
      fields: { type: "string", multiple: true },
    },
    "analytics report",
  );
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  const base = await readData(values, io);
  const report: Record<string, unknown> = {
    ...(isObject(base) ? (isObject(base.reports) ? base.reports : base) : {}),
  };
  const organization = stringFlag(values, "organization");
  if (organization) report.organization = organization;
  for (const key of ["start", "end"]) {
    const value = stringFlag(values, key);
    if (value !== undefined) report[key] = parseTime(value, key);
  }
  const zone = stringFlag(values, "time-zone");
  if (zone) report.time_zone = zone;
  for (const [flag, key] of [
    ["team", "teams"],
    ["user", "users"],
    ["label", "shared_labels"],
  ] as const) {
    const ids = listFlag(values, flag);
    if (ids.length > 0) report[key] = ids;
  }
  for (const key of ["organization", "start", "end"]) {
    if (report[key] === undefined) throw new UsageError(`missive analytics report needs --${key}.`);
  }
  const client = await makeClient(values, io);
  const output = outputOptions(values, io);
  if (!values.wait) {
    const created = await client.analytics.create(report as never, { signal: io.signal });
    printResult(created, output, io);
    const id = (created as { id?: string } | undefined)?.id;
    if (id && io.stderr.isTTY)
      io.stderr.write(`Fetch it in a few seconds: missive analytics get ${id}\n`);
    return 0;
  }
  const interval = seconds(values, "poll-interval", 5) * 1000;
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
      timeoutMs: seconds(values, "timeout", 120) * 1000,
      pollIntervalMs: interval,
      firstPollAfterMs: interval,
    });
    if (timer) io.stderr.write("\r\u001b[K");
    // The report's content is not documented by Missive: print it whole, as JSON.
    printResult(result, { ...output, json: true }, io);
    return 0;
  } catch (error) {
    if ((error as Error).name === "TimeoutError") throw new CliError((error as Error).message, 1);
    throw error;
  } finally {
    if (timer) clearInterval(timer);
  }
}

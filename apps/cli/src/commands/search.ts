import { defineCommand } from "../command.js";
import { CliError, ExitCode, UsageError } from "../errors.js";
import { STORE_FLAGS } from "../sync-store.js";

/** `2026-01-31`, an ISO date-time, or Unix seconds → Unix seconds. */
function parseWhen(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{9,11}$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  // Date.parse rolls 2026-02-31 over to March 3rd: a day the month does not have is a typo.
  const real =
    day !== null &&
    !Number.isNaN(ms) &&
    new Date(Date.UTC(+(day[1] as string), +(day[2] as string) - 1, +(day[3] as string)))
      .toISOString()
      .startsWith(day[0]);
  if (!real) {
    throw new UsageError(
      `--${flag} takes a date (2026-01-31), a date-time (2026-01-31T09:00Z) or Unix seconds, not "${value}".`,
    );
  }
  return Math.floor(ms / 1_000);
}

export default defineCommand({
  usage: `Search the local copy (see \`missive sync\`): conversation subjects, messages (subject, sender,
body), comments, posts and contacts. Words must all match; "a phrase", -word and OR work too.

Usage: missive search "<query>" [--db PATH | --database-url URL] [--from X] [--after D] [--before D] [--label L] [--team T] [--limit N] [--json]`,
  flags: {
    ...STORE_FLAGS,
    from: { type: "string", value: "<address|name>", description: "Only from this sender" },
    after: { type: "string", value: "<date>", description: "Only at or after this date" },
    before: { type: "string", value: "<date>", description: "Only before this date" },
    label: {
      type: "string",
      value: "<label>",
      description: "Only in conversations with this shared label (id or name)",
    },
    team: {
      type: "string",
      value: "<team>",
      description: "Only in conversations of this team (id or name)",
    },
    limit: { type: "string", value: "<n>", description: "At most this many hits (default 20)" },
  },
  notes:
    "With --json (or when stdout is not a terminal): one JSON hit per line, with kind, id,\nconversation, title, snippet (terms in «»), score and at.\nA query that starts with a dash goes after --: missive search --json -- '-spam refund'.",
  async run(options, io) {
    const query = options.args.join(" ").trim();
    if (query === "")
      throw new UsageError('missive search needs a query: missive search "refund request".');
    const limit = options.limit === undefined ? 20 : Number(options.limit);
    const digits = options.limit === undefined || /^\d+$/.test(options.limit);
    if (!digits || !Number.isInteger(limit) || limit < 1 || limit > 1_000)
      throw new UsageError(
        `--limit must be a whole number from 1 to 1000, not "${options.limit}".`,
      );
    const filters = {
      limit,
      ...(options.from === undefined ? {} : { from: options.from }),
      ...(options.label === undefined ? {} : { label: options.label }),
      ...(options.team === undefined ? {} : { team: options.team }),
    };
    const after = parseWhen("after", options.after);
    const before = parseWhen("before", options.before);
    const { openCopy, storeFailure } = await import("../sync-store.js");
    const store = await openCopy(options, io, true);
    try {
      // A copy no sync has filled yet would answer every query with "no hits".
      if ((await store.meta()).account_id === undefined) {
        throw new CliError(
          `The copy at ${store.location} is empty: run \`missive sync${options.db === undefined ? "" : ` --db ${options.db}`}\` first.`,
          ExitCode.usage,
        );
      }
      const hits = await store
        .search(query, {
          ...filters,
          ...(after === undefined ? {} : { after }),
          ...(before === undefined ? {} : { before }),
        })
        .catch((error: unknown) => {
          throw storeFailure(error);
        });
      if (options.json || !io.stdout.isTTY) {
        for (const hit of hits) io.stdout.write(`${JSON.stringify(hit)}\n`);
        return ExitCode.ok;
      }
      const { forTerminal } = await import("../terminal-text.js");
      if (hits.length === 0) io.stdout.write("No hits.\n");
      const bold = (text: string) =>
        forTerminal(text).replace(/«/g, "\x1b[1;33m").replace(/»/g, "\x1b[0m");
      for (const hit of hits) {
        const when = hit.at === null ? "" : new Date(hit.at * 1_000).toISOString().slice(0, 10);
        io.stdout.write(
          `${hit.kind.padEnd(12)} ${when.padEnd(10)} ${hit.conversation ?? hit.id}  ${forTerminal(hit.title).slice(0, 60)}\n    ${bold(hit.snippet.replace(/\s+/g, " "))}\n`,
        );
      }
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});

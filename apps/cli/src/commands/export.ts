import { defineCommand, type ExtraFlags, type Flags, type OptionsOf } from "../command.js";
import type { GeneratedCommand } from "../command-table.js";
import { ExitCode, UsageError } from "../errors.js";

/** The lists `export` can walk: every paginated `list` action. */
async function exportable(): Promise<GeneratedCommand[]> {
  const { commandTable } = await import("../command-table.js");
  return commandTable().filter((c) => c.action === "list" && c.entry.listAllName);
}

const names = async () => (await exportable()).map((c) => c.resource);

const flags = {
  output: {
    type: "string",
    short: "o",
    value: "<file>",
    description: "Write to this file (default: stdout). Resumable: see below.",
  },
  format: {
    type: "string",
    value: "ndjson|csv",
    description: "One JSON object per line (default), or CSV with a header",
  },
  fields: {
    type: "string",
    multiple: true,
    value: "<a,b>",
    description: "Only these fields (CSV columns; default: every field the spec lists)",
  },
  time: {
    type: "string",
    value: "unix|iso",
    description: "Times as Unix seconds (default) or ISO 8601, e.g. 2026-01-31T09:00:00Z",
  },
  force: { type: "boolean", description: "Overwrite an existing, complete output file" },
  "csv-raw": {
    type: "boolean",
    description: "CSV cells as sent: no ' before a cell that starts with = + - @ (formula risk)",
  },
} as const satisfies Flags;

/** What `export` runs with. */
export type ExportOptions = OptionsOf<typeof flags>;

const exportCommand = defineCommand({
  usage: async () => `Stream every item of a list, page after page, as NDJSON or CSV.

Usage: missive export <resource> [--output <file>] [--format ndjson|csv] [list flags]

Resources: ${(await names()).join(", ")}`,
  notes: `Plus the flags of \`missive <resource> list\` (filters), e.g. --contact-book for contacts.

Resuming: while it runs, <file>.state.json records the export. If it stops (Ctrl-C, network
error), run the same command again: the items already in <file> are skipped, new ones appended,
never twice. The state file is removed once the export is complete.
Progress goes to stderr when it is a terminal.

CSV and spreadsheets: a text cell that starts with =, +, -, @, a tab or a carriage return is
written with a leading ' (and quoted), so that a spreadsheet shows it instead of running it as a
formula (subjects and names come from outside senders). --csv-raw writes such cells as they are.

CSV columns: every field the spec documents for that list, the same for every row, whatever
the first item holds; nested values (a contact's infos, memberships) are JSON in their cell.`,
  completes: names,
  flags,
  async extraFlags(args): Promise<ExtraFlags> {
    const command = (await exportable()).find((c) => c.resource === args[0]);
    if (!command) return {};
    const { optionsOf } = await import("../generated-command.js");
    const { all: _a, paginate: _p, ...listOptions } = optionsOf(command);
    return listOptions as ExtraFlags;
  },
  async run(options, io) {
    const [resource, ...rest] = options.args;
    const command = (await exportable()).find((c) => c.resource === resource);
    if (!command) {
      if (resource === undefined) {
        const { commandHelp } = await import("../command.js");
        io.stdout.write(await commandHelp(exportCommand));
        return ExitCode.ok;
      }
      const { closest, didYouMean } = await import("../suggest.js");
      const known = await names();
      const near = closest(resource, known);
      throw new UsageError(
        `Cannot export "${resource}".${didYouMean(near && `missive export ${near}`)} Use one of ${known.join(", ")}.`,
      );
    }
    if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`);
    const { runExport } = await import("../export-run.js");
    return runExport(command, options, io);
  },
});

export default exportCommand;

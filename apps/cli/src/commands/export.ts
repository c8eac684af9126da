import { closeSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { commandTable, type GeneratedCommand } from "../command-table.js";
import { csvLine } from "../csv.js";
import { CliError, ExitCode, UsageError } from "../errors.js";
import { type ExportState, finishExportFile, openExportFile } from "../export-file.js";
import { optionsOf, queryValues } from "../generated-command.js";
import type { CliIo } from "../io.js";
import { makeClient } from "../make-client.js";
import { ndjsonLine, pick } from "../output.js";
import { listFlag, parseFlags, stringFlag } from "../parse.js";

type Item = Record<string, unknown>;

const exportable = () => commandTable().filter((c) => c.action === "list" && c.entry.listAllName);

function help(): string {
  return `Stream every item of a list, page after page, as NDJSON or CSV.

Usage: missive export <resource> [--output <file>] [--format ndjson|csv] [list flags]

Resources: ${exportable()
    .map((c) => c.resource)
    .join(", ")}

Flags:
  -o, --output <file>      Write to this file (default: stdout). Resumable: see below.
  --format ndjson|csv      One JSON object per line (default), or CSV with a header
  --fields <a,b>           Only these fields (CSV columns; default: the first item's fields)
  --force                  Overwrite an existing, complete output file
  plus the flags of \`missive <resource> list\` (filters), e.g. --contact-book for contacts.

Resuming: while it runs, <file>.state.json records the export. If it stops (Ctrl-C, network
error), run the same command again: the items already in <file> are skipped, new ones appended,
never twice. The state file is removed once the export is complete.
Progress goes to stderr when it is a terminal.
`;
}

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const resource = args[0]?.startsWith("-") ? undefined : args[0];
  const command: GeneratedCommand | undefined = exportable().find((c) => c.resource === resource);
  if (!command) {
    if (resource === undefined || args.includes("--help") || args.includes("-h")) {
      io.stdout.write(help());
      return ExitCode.ok;
    }
    throw new UsageError(
      `Cannot export "${resource}": use one of ${exportable()
        .map((c) => c.resource)
        .join(", ")}.`,
    );
  }
  const { all: _a, paginate: _p, ...listOptions } = optionsOf(command);
  const { values, positionals } = parseFlags(
    args.slice(1),
    {
      ...listOptions,
      output: { type: "string", short: "o" },
      format: { type: "string" },
      force: { type: "boolean" },
    },
    `export ${command.resource}`,
  );
  if (values.help) {
    io.stdout.write(help());
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  const format = (stringFlag(values, "format") ?? "ndjson") as ExportState["format"];
  if (format !== "ndjson" && format !== "csv") {
    throw new UsageError(`--format must be one of: ndjson, csv (got "${String(format)}").`);
  }
  const { until: _u, offset: _o, ...query } = queryValues(command, values);
  let fields = listFlag(values, "fields");
  const outputFlag = stringFlag(values, "output");
  const file = outputFlag === undefined ? undefined : resolve(io.cwd ?? process.cwd(), outputFlag);
  if (file && fields.length > 0 && !fields.includes("id")) fields = ["id", ...fields];

  // Ids already in the file of an interrupted run: skipped. New ids are not remembered: the
  // client hands out every item exactly once, so memory stays flat however long the export.
  let resumed = new Set<string>();
  let header: string[] | undefined;
  let fd: number | undefined;
  if (file && outputFlag !== undefined) {
    const target = await openExportFile({
      file,
      label: outputFlag,
      state: { resource: command.resource, format, query, fields, complete: false },
      force: values.force === true,
    });
    ({ fd, seen: resumed, header, fields } = target);
    if (resumed.size > 0) {
      io.stderr.write(`Resuming: ${resumed.size} ${command.resource} already in ${outputFlag}.\n`);
    }
  }

  const write = (text: string) => {
    if (fd === undefined) io.stdout.write(text);
    else writeSync(fd, text);
  };
  const client = await makeClient(values, io);
  const ns = (
    client as unknown as Record<string, Record<string, (...a: unknown[]) => AsyncIterable<unknown>>>
  )[command.entry.namespace];
  const listAll = ns?.[command.entry.listAllName ?? ""];
  if (!listAll)
    throw new Error(`client has no ${command.entry.namespace}.${command.entry.listAllName}`);
  const progress = io.stderr.isTTY === true;
  let count = 0;
  let lastProgress = 0;
  const report = () => io.stderr.write(`\rExported ${resumed.size + count} ${command.resource}`);
  try {
    for await (const raw of listAll({ ...query }, { signal: io.signal })) {
      const item = raw as Item;
      const id = item?.id;
      if (id !== undefined && resumed.has(String(id))) continue;
      if (format === "csv") {
        if (!header) {
          header = fields.length > 0 ? fields : Object.keys(item);
          write(csvLine(header));
        }
        const picked = pick(item, header) as Item;
        write(csvLine(header.map((h) => picked[h])));
      } else write(ndjsonLine(item, fields));
      count++;
      if (progress && Date.now() - lastProgress > 100) {
        lastProgress = Date.now();
        report();
      }
      if (io.signal?.aborted) break;
    }
  } catch (error) {
    if (!io.signal?.aborted) {
      if (progress) io.stderr.write("\n");
      const hint = file ? ` ${count} written; run the same command again to resume.` : "";
      const { describeError } = await import("../errors.js");
      const { message, exitCode } = describeError(error);
      throw new CliError(`${message}${hint}`, exitCode);
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (progress) {
    report();
    io.stderr.write("\n");
  }
  if (io.signal?.aborted) {
    io.stderr.write(
      `Interrupted after ${count} new ${command.resource}${file ? `; run the same command again to resume` : ""}.\n`,
    );
    return ExitCode.interrupted;
  }
  if (file) finishExportFile(file);
  return ExitCode.ok;
}

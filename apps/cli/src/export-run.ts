import { closeSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import type { GeneratedCommand } from "./command-table.js";
import type { ExportOptions } from "./commands/export.js";
import { csvLine } from "./csv.js";
import { csvColumns, csvRow, outsideWarning } from "./csv-columns.js";
import { CliError, describeError, ExitCode, UsageError } from "./errors.js";
import {
  type ExportState,
  finishExportFile,
  type PreparedExportFile,
  prepareExportFile,
} from "./export-file.js";
import { boundExportHeap } from "./export-heap.js";
import { queryValues } from "./generated-command.js";
import type { CliIo } from "./io.js";
import { makeClient } from "./make-client.js";
import { counted } from "./names.js";
import { ndjsonLine } from "./output.js";
import { commaList } from "./parse.js";

type Item = Record<string, unknown>;

/** `missive export <resource>`: every item of the list, to stdout or a resumable file. */
export async function runExport(
  command: GeneratedCommand,
  options: ExportOptions,
  io: CliIo,
): Promise<number> {
  const format = (options.format ?? "ndjson") as ExportState["format"];
  if (format !== "ndjson" && format !== "csv") {
    throw new UsageError(`--format must be one of: ndjson, csv (got "${String(format)}").`);
  }
  const { resolveQueryNames } = await import("./query-names.js");
  const resolved = await resolveQueryNames(
    command,
    queryValues(command, options.extra),
    options,
    io,
  );
  const { until: _u, offset: _o, ...query } = resolved;
  let fields = commaList(options.fields);
  const outputFlag = options.output;
  const file = outputFlag === undefined ? undefined : resolve(io.cwd ?? process.cwd(), outputFlag);
  if (file && fields.length > 0 && !fields.includes("id")) fields = ["id", ...fields];

  // Ids already in the file of an interrupted run: skipped. New ids are not remembered: the
  // client hands out every item exactly once, so memory stays flat however long the export.
  let resumed = new Set<string>();
  let header: string[] | undefined;
  let target: PreparedExportFile | undefined;
  let fd: number | undefined;
  if (file !== undefined && outputFlag !== undefined) {
    target = prepareExportFile({
      file,
      label: outputFlag,
      state: {
        resource: command.resource,
        format,
        ...(options.csvRaw ? { csvRaw: true } : {}),
        ...(options.time === "iso" ? { time: "iso" as const } : {}),
        query,
        fields,
        complete: false,
      },
      force: options.force === true,
    });
    ({ seen: resumed, header, fields } = target);
    if (resumed.size > 0) {
      io.stderr.write(
        `Resuming: ${counted(resumed.size, command.resource)} already in ${outputFlag}.\n`,
      );
    }
  }

  // The file and its state are created with the first item, once a page has arrived.
  const write = (text: string) => {
    if (target === undefined) io.stdout.write(text);
    else {
      fd ??= target.open();
      writeSync(fd, text);
    }
  };
  const client = await makeClient(options, io);
  const ns = (
    client as unknown as Record<string, Record<string, (...a: unknown[]) => AsyncIterable<unknown>>>
  )[command.entry.namespace];
  const listAll = ns?.[command.entry.listAllName ?? ""];
  if (!listAll)
    throw new Error(`client has no ${command.entry.namespace}.${command.entry.listAllName}`);
  const columns = csvColumns(command, options.time, fields.length > 0);
  boundExportHeap();
  const progress = io.stderr.isTTY === true;
  let count = 0;
  let lastProgress = 0;
  const report = () =>
    io.stderr.write(`\rExported ${counted(resumed.size + count, command.resource)}`);
  try {
    for await (const raw of listAll({ ...query }, { signal: io.signal })) {
      const item = raw as Item;
      const id = item?.id;
      if (id !== undefined && resumed.has(String(id))) continue;
      if (format === "csv") {
        if (!header) {
          header = fields.length > 0 ? fields : columns.header(item);
          write(csvLine(header, options.csvRaw));
        }
        write(csvLine(csvRow(columns, header, item), options.csvRaw));
      } else write(ndjsonLine(columns.timed(item), fields));
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
      const hint =
        fd !== undefined
          ? ` ${count} written; run the same command again to resume.`
          : file
            ? " Nothing was written."
            : "";
      const { message, exitCode } = describeError(error);
      throw new CliError(`${message}${hint}`, exitCode);
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (progress) {
    report();
    io.stderr.write("\n");
  } else if (!io.signal?.aborted) {
    // Piped or redirected: one line for the log, since no progress was shown.
    const where = outputFlag === undefined ? "" : ` to ${outputFlag}`;
    io.stderr.write(`Exported ${counted(resumed.size + count, command.resource)}${where}.\n`);
  }
  const warning = outsideWarning(columns, command.resource);
  if (warning) io.stderr.write(warning);
  if (io.signal?.aborted) {
    io.stderr.write(
      `Interrupted after writing ${counted(count, command.resource)}${fd !== undefined ? `; run the same command again to resume` : ""}.\n`,
    );
    return ExitCode.interrupted;
  }
  if (file !== undefined && target !== undefined) {
    // A list with nothing new still ends with its file, empty or as resumed.
    if (fd === undefined) closeSync(target.open());
    finishExportFile(file);
  }
  return ExitCode.ok;
}

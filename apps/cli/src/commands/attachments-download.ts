import { defineCommand } from "../command.js";
import { FIELDS_FLAG } from "../common-flags.js";
import { UsageError } from "../errors.js";
import { makeClient } from "../make-client.js";
import { outputOptions, printResult } from "../output.js";

export default defineCommand({
  usage: `Download the attachments of a message into a directory. The file host gets no token, and an
expired link is refreshed once.

Usage: missive attachments download <message-id> [--output <dir>] [--attachment <id>]`,
  flags: {
    output: {
      type: "string",
      short: "o",
      value: "<dir>",
      description: "Directory to write into (default: the current one; created if missing)",
    },
    attachment: { type: "string", value: "<id>", description: "Only this attachment" },
    "max-bytes": {
      type: "string",
      value: "<n>",
      description: "Refuse a file larger than this (bytes)",
    },
    fields: FIELDS_FLAG,
  },
  notes: `Files keep their names, cut to the last path segment; an existing file is never
overwritten ("report (1).pdf"). Each file is written to a temporary name and renamed, so none is
left half-written. Prints one line per file: id, filename, path, media_type, size.`,
  async run(options, io) {
    const [messageId, extra] = options.args;
    if (!messageId) throw new UsageError("missive attachments download needs <message-id>.");
    if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".`);
    const maxBytes = options.maxBytes === undefined ? undefined : Number(options.maxBytes);
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new UsageError(
        `--max-bytes must be a positive whole number, not "${options.maxBytes}".`,
      );
    }
    const client = await makeClient(options, io);
    const files = await client.attachments.download(messageId, {
      attachmentId: options.attachment,
      maxBytes,
      signal: io.signal,
    });
    const { saveFiles } = await import("../save-files.js");
    const saved = await saveFiles(files, options.output ?? ".", io.cwd ?? process.cwd());
    if (saved.length === 0) io.stderr.write("The message has no attachments.\n");
    printResult(saved, outputOptions(options, io), io);
    return 0;
  },
});

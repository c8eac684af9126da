import { defineCommand } from "../command.js";
import { FIELDS_FLAG } from "../common-flags.js";
import { UsageError } from "../errors.js";
import { makeClient } from "../make-client.js";
import { outputOptions, printResult } from "../output.js";

/**
 * Without `--max-bytes`, files over 64 MiB are refused: a file host that never stops sending
 * must not fill the disk (or memory: a file is held whole before it is written).
 */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

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
    attachment: { type: "string", value: "<attachment-id>", description: "Only this attachment" },
    "max-bytes": {
      type: "string",
      value: "<n>",
      description: `Refuse a file larger than this (bytes; default ${DEFAULT_MAX_BYTES}, 64 MiB)`,
    },
    fields: FIELDS_FLAG,
  },
  notes: `Files keep their names, cut to the last path segment; an existing file is never
overwritten ("report (1).pdf"). A name that starts with a dot is saved with "_" instead (never a
hidden file); control and bidi characters are dropped; a name over 255 bytes is shortened,
keeping its extension. Each file is written to a temporary name and renamed, so none is
left half-written. Prints one line per file: id, filename, path, media_type, size.`,
  async run(options, io) {
    const [messageId, extra] = options.args;
    if (!messageId) throw new UsageError("missive attachments download needs <message-id>.");
    if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".`);
    const maxBytes = options.maxBytes === undefined ? DEFAULT_MAX_BYTES : Number(options.maxBytes);
    if (!(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new UsageError(
        `--max-bytes must be a positive whole number, not "${options.maxBytes}".`,
      );
    }
    const client = await makeClient(options, io);
    const files = await client.attachments
      .download(messageId, { attachmentId: options.attachment, maxBytes, signal: io.signal })
      .catch((error: Error) => {
        // The client's ValidationError for a file over the cap: say how to allow it.
        if (error.name === "ValidationError" && error.message.endsWith("-byte limit."))
          error.message += ` Pass --max-bytes <n> to allow larger files (default ${DEFAULT_MAX_BYTES}).`;
        throw error;
      });
    const { saveFiles } = await import("../save-files.js");
    const saved = await saveFiles(files, options.output ?? ".", io.cwd ?? process.cwd());
    if (saved.length === 0) io.stderr.write("The message has no attachments.\n");
    printResult(saved, outputOptions(options, io), io);
    return 0;
  },
});

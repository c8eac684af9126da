import { readBaseObject } from "../body.js";
import { defineCommand } from "../command.js";
import { DRY_RUN_FLAG, FIELDS_FLAG, moreFieldsFlag } from "../common-flags.js";
import { ExitCode, UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { makeClient } from "../make-client.js";
import { confirm, outputOptions, printResult } from "../output.js";
import { checkIdFlags, commaList, parseTime } from "../parse.js";

/** `Ann <ann@example.com>` → `{ name: "Ann", address: "ann@example.com" }`. */
export function parseAddress(text: string): { address: string; name?: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(text);
  if (match?.[2]) return match[1] ? { name: match[1], address: match[2] } : { address: match[2] };
  if (!text.includes("@")) throw new UsageError(`"${text}" is not an email address.`);
  return { address: text.trim() };
}

const send = defineCommand({
  usage: `Send an email now or later (POST /drafts with send: true or send_at).

Usage: missive send --to <address> --from <address> --subject <text> --body <html or text> [flags]`,
  flags: {
    to: {
      type: "string",
      multiple: true,
      value: "<address>",
      description: 'Recipient, "ann@example.com" or "Ann <ann@example.com>" (repeatable)',
    },
    cc: {
      type: "string",
      multiple: true,
      value: "<address>",
      description: "Cc recipient (repeatable)",
    },
    bcc: {
      type: "string",
      multiple: true,
      value: "<address>",
      description: "Bcc recipient (repeatable)",
    },
    from: {
      type: "string",
      value: "<address>",
      description: "Sender: an address of your Missive account",
    },
    subject: { type: "string", value: "<text>", description: "Subject" },
    body: {
      type: "string",
      value: "<text>",
      stdin: true,
      description: "HTML or text body; @file.html reads a file, - reads stdin",
    },
    at: {
      type: "string",
      value: "<time>",
      description: "Send later: Unix seconds or a date such as 2026-01-31T09:00:00Z",
    },
    conversation: {
      type: "string",
      value: "<conversation-id>",
      description: "Reply in this conversation",
    },
    organization: {
      type: "string",
      value: "<organization-id>",
      description: "Organization of the conversation",
    },
    data: moreFieldsFlag("draft"),
    "dry-run": DRY_RUN_FLAG,
    fields: FIELDS_FLAG,
  },
  async run(options, io) {
    if (options.args.length > 0) throw new UsageError(`Unexpected argument "${options.args[0]}".`);
    checkIdFlags(options, ["conversation", "organization"]);
    const draft = await readBaseObject(options.data, "drafts", "send", io);
    const addresses = (values: string[]) => commaList(values).map(parseAddress);
    const to = addresses(options.to);
    if (to.length > 0) draft.to_fields = to;
    if (!draft.to_fields && !draft.conversation && !options.conversation) {
      throw new UsageError("missive send needs --to <address> (or --conversation <id> to reply).");
    }
    const cc = addresses(options.cc);
    if (cc.length > 0) draft.cc_fields = cc;
    const bcc = addresses(options.bcc);
    if (bcc.length > 0) draft.bcc_fields = bcc;
    if (options.from) draft.from_field = parseAddress(options.from);
    for (const key of ["subject", "conversation", "organization"] as const) {
      if (options[key] !== undefined) draft[key] = options[key];
    }
    if (options.body !== undefined) draft.body = await readText(options.body, io);
    if (draft.body === undefined)
      throw new UsageError("missive send needs --body <text> (or @file, or - for stdin).");
    if (options.at !== undefined) {
      draft.send_at = parseTime(options.at, "at");
      delete draft.send;
    } else if (draft.send_at === undefined) draft.send = true;
    const { checkOrDryRun } = await import("../request-body-check.js");
    if (checkOrDryRun(io, options.dryRun, "createDraft", "/drafts", { drafts: draft }))
      return ExitCode.ok;
    const client = await makeClient(options, io);
    const result = await client.drafts.create(draft as never, { signal: io.signal });
    printResult(result, outputOptions(options, io), io);
    const recipients = ((draft.to_fields as { address?: string }[] | undefined) ?? [])
      .map((field) => field.address)
      .join(", ");
    const when = draft.send_at === undefined ? "Sent" : "Scheduled";
    confirm(io, `${when}${recipients ? ` to ${recipients}` : ""}`);
    return ExitCode.ok;
  },
});

async function readText(spec: string, io: CliIo): Promise<string> {
  if (spec === "-") return (await import("../io.js")).readAll(io.stdin);
  if (!spec.startsWith("@")) return spec;
  const { readFile } = await import("node:fs/promises");
  const { resolve } = await import("node:path");
  try {
    return await readFile(resolve(io.cwd ?? process.cwd(), spec.slice(1)), "utf8");
  } catch (error) {
    throw new UsageError(`--body ${spec}: cannot read it (${(error as Error).message}).`);
  }
}

export default send;

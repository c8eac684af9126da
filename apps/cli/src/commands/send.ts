import { isObject, readData } from "../body.js";
import { UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { makeClient } from "../make-client.js";
import { outputOptions, printResult } from "../output.js";
import { listFlag, parseFlags, parseTime, stringFlag } from "../parse.js";

const HELP = `Send an email now or later (POST /drafts with send: true or send_at).

Usage: missive send --to <address> --from <address> --subject <text> --body <html or text> [flags]

Flags:
  --to <address>          Recipient, "ann@example.com" or "Ann <ann@example.com>" (repeatable)
  --cc <address>          Cc recipient (repeatable)
  --bcc <address>         Bcc recipient (repeatable)
  --from <address>        Sender: an address of your Missive account
  --subject <text>        Subject
  --body <text>           HTML or text body; @file.html reads a file, - reads stdin
  --at <time>             Send later: Unix seconds or a date such as 2026-01-31T09:00:00Z
  --conversation <id>     Reply in this conversation
  --organization <id>     Organization of the conversation
  -d, --data <json>       More fields of the draft (JSON, @file.json, -); the flags win
  --fields <a,b>, --json  Output selection, JSON output
`;

/** `Ann <ann@example.com>` → `{ name: "Ann", address: "ann@example.com" }`. */
export function parseAddress(text: string): { address: string; name?: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(text);
  if (match?.[2]) return match[1] ? { name: match[1], address: match[2] } : { address: match[2] };
  if (!text.includes("@")) throw new UsageError(`"${text}" is not an email address.`);
  return { address: text.trim() };
}

export async function runSend(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      to: { type: "string", multiple: true },
      cc: { type: "string", multiple: true },
      bcc: { type: "string", multiple: true },
      from: { type: "string" },
      subject: { type: "string" },
      body: { type: "string" },
      at: { type: "string" },
      conversation: { type: "string" },
      organization: { type: "string" },
      data: { type: "string", short: "d" },
      fields: { type: "string", multiple: true },
    },
    "send",
  );
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  const base = await readData(values, io);
  if (base !== undefined && !isObject(base))
    throw new UsageError("--data must be a JSON object for send.");
  const draft: Record<string, unknown> = { ...(isObject(base?.drafts) ? base.drafts : base) };
  const addresses = (flag: string) => listFlag(values, flag).map(parseAddress);
  const to = addresses("to");
  if (to.length > 0) draft.to_fields = to;
  if (!draft.to_fields && !draft.conversation && !stringFlag(values, "conversation")) {
    throw new UsageError("missive send needs --to <address> (or --conversation <id> to reply).");
  }
  const cc = addresses("cc");
  if (cc.length > 0) draft.cc_fields = cc;
  const bcc = addresses("bcc");
  if (bcc.length > 0) draft.bcc_fields = bcc;
  const from = stringFlag(values, "from");
  if (from) draft.from_field = parseAddress(from);
  for (const key of ["subject", "conversation", "organization"]) {
    const value = stringFlag(values, key);
    if (value !== undefined) draft[key] = value;
  }
  const body = stringFlag(values, "body");
  if (body !== undefined) draft.body = await readText(body, io);
  if (draft.body === undefined)
    throw new UsageError("missive send needs --body <text> (or @file, or - for stdin).");
  const at = stringFlag(values, "at");
  if (at !== undefined) {
    draft.send_at = parseTime(at, "at");
    delete draft.send;
  } else if (draft.send_at === undefined) draft.send = true;
  const client = await makeClient(values, io);
  const result = await client.drafts.create(draft as never, { signal: io.signal });
  printResult(result, outputOptions(values, io), io);
  return 0;
}

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

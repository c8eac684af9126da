import { isObject, readData } from "../body.js";
import { UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { makeClient } from "../make-client.js";
import { outputOptions, printResult } from "../output.js";
import { listFlag, parseFlags, stringFlag } from "../parse.js";

const HELP = `Post to a conversation (POST /posts): a message from an integration, shown in the thread.

Usage: missive post --conversation <id> --text <text> [flags]

Flags:
  --conversation <id>          Conversation to post to (without it, Missive starts a new one)
  --text <text>                Text of the post
  --markdown <text>            Markdown text of the post (instead of or with --text)
  --notification-title <text>  Notification title (default: --username, else "Missive CLI")
  --notification-body <text>   Notification body (default: the text, first 100 characters)
  --username <name>            Author name shown on the post
  --close                      Close the conversation
  --label <id>                 Apply a shared label (repeatable or comma-separated)
  --assign <user id>           Assign a user (repeatable; needs --organization)
  --organization <id>          Organization of the conversation
  -d, --data <json>            More fields of the post (JSON, @file.json, -); the flags win
  --fields <a,b>, --json       Output selection, JSON output
`;

export async function runPost(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      conversation: { type: "string" },
      text: { type: "string" },
      markdown: { type: "string" },
      "notification-title": { type: "string" },
      "notification-body": { type: "string" },
      username: { type: "string" },
      close: { type: "boolean" },
      label: { type: "string", multiple: true },
      assign: { type: "string", multiple: true },
      organization: { type: "string" },
      data: { type: "string", short: "d" },
      fields: { type: "string", multiple: true },
    },
    "post",
  );
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`Unexpected argument "${positionals[0]}": give the text with --text.`);
  }
  const base = await readData(values, io);
  if (base !== undefined && !isObject(base))
    throw new UsageError("--data must be a JSON object for post.");
  const post: Record<string, unknown> = { ...(isObject(base?.posts) ? base.posts : base) };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) post[key] = value;
  };
  set("conversation", stringFlag(values, "conversation"));
  set("text", stringFlag(values, "text"));
  set("markdown", stringFlag(values, "markdown"));
  set("username", stringFlag(values, "username"));
  set("organization", stringFlag(values, "organization"));
  if (values.close) post.close = true;
  const labels = listFlag(values, "label");
  if (labels.length > 0) post.add_shared_labels = labels;
  const assignees = listFlag(values, "assign");
  if (assignees.length > 0) {
    if (!post.organization)
      throw new UsageError("--assign needs --organization <id> (Missive requires it).");
    post.add_assignees = assignees;
  }
  const text = (post.text ?? post.markdown) as string | undefined;
  if (text === undefined && post.attachments === undefined) {
    throw new UsageError("missive post needs --text <text> (or --markdown).");
  }
  // Missive requires a notification; a sensible one spares a flag in the common case.
  const given = isObject(post.notification) ? post.notification : {};
  post.notification = {
    title:
      stringFlag(values, "notification-title") ??
      given.title ??
      (post.username as string | undefined) ??
      "Missive CLI",
    body: stringFlag(values, "notification-body") ?? given.body ?? (text ?? "").slice(0, 100),
  };
  const client = await makeClient(values, io);
  const result = await client.posts.create(post as never, { signal: io.signal });
  printResult(result, outputOptions(values, io), io);
  return 0;
}

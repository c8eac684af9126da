import { isObject, readBaseObject } from "../body.js";
import { defineCommand } from "../command.js";
import { DRY_RUN_FLAG, FIELDS_FLAG, moreFieldsFlag } from "../common-flags.js";
import { ExitCode, UsageError } from "../errors.js";
import { makeClient } from "../make-client.js";
import { confirm, outputOptions, printResult } from "../output.js";
import { checkIdFlags, commaList } from "../parse.js";

const post = defineCommand({
  usage: `Post to a conversation (POST /posts): a message from an integration, shown in the thread.

Usage: missive post --conversation <id> --text <text> [flags]`,
  flags: {
    conversation: {
      type: "string",
      value: "<conversation-id>",
      description: "Conversation to post to (without it, Missive starts a new one)",
    },
    text: { type: "string", value: "<text>", description: "Text of the post" },
    markdown: {
      type: "string",
      value: "<text>",
      description: "Markdown text of the post (instead of or with --text)",
    },
    "notification-title": {
      type: "string",
      value: "<text>",
      description: 'Notification title (default: --username, else "Missive CLI")',
    },
    "notification-body": {
      type: "string",
      value: "<text>",
      description: "Notification body (default: the text, first 100 characters)",
    },
    username: { type: "string", value: "<name>", description: "Author name shown on the post" },
    close: { type: "boolean", description: "Close the conversation" },
    label: {
      type: "string",
      multiple: true,
      value: "<name|id>",
      description: 'Apply a shared label: name, path ("Billing/Refunds") or id (repeatable)',
    },
    assign: {
      type: "string",
      multiple: true,
      value: "<email|name|id>",
      description: "Assign a user (repeatable; needs an organization)",
    },
    organization: {
      type: "string",
      value: "<id|name>",
      description:
        "Organization of the conversation (with --assign, default: MISSIVE_ORGANIZATION, else `missive config set organization`)",
    },
    data: moreFieldsFlag("post"),
    "dry-run": DRY_RUN_FLAG,
    fields: FIELDS_FLAG,
  },
  async run(options, io) {
    if (options.args.length > 0) {
      throw new UsageError(`Unexpected argument "${options.args[0]}": give the text with --text.`);
    }
    checkIdFlags(options, ["conversation", "organization"]);
    const post = await readBaseObject(options.data, "posts", "post", io);
    for (const key of ["conversation", "text", "markdown", "username", "organization"] as const) {
      if (options[key] !== undefined) post[key] = options[key];
    }
    if (options.close) post.close = true;
    const { resolveId, resolveIds } = await import("../directory.js");
    if (typeof post.organization === "string") {
      post.organization = await resolveId("organization", post.organization, "organization", {
        options,
        io,
      });
    }
    const assignees = commaList(options.assign);
    if (assignees.length > 0 && !post.organization) {
      // Missive requires the organization with assignees: the default one applies.
      const { organizationId, ORGANIZATION_HINT } = await import("../default-organization.js");
      post.organization = await organizationId(undefined, options, io);
      if (!post.organization)
        throw new UsageError(`--assign needs an organization: ${ORGANIZATION_HINT}.`);
    }
    const context = { options, io, organization: post.organization as string | undefined };
    const labels = commaList(options.label);
    if (labels.length > 0)
      post.add_shared_labels = await resolveIds("label", labels, "label", context);
    if (assignees.length > 0)
      post.add_assignees = await resolveIds("user", assignees, "assign", context);
    const text = (post.text ?? post.markdown) as string | undefined;
    if (text === undefined && post.attachments === undefined) {
      throw new UsageError("missive post needs --text <text> (or --markdown).");
    }
    // Missive requires a notification; a sensible one spares a flag in the common case.
    const given = isObject(post.notification) ? post.notification : {};
    post.notification = {
      title:
        options.notificationTitle ??
        given.title ??
        (post.username as string | undefined) ??
        "Missive CLI",
      body: options.notificationBody ?? given.body ?? (text ?? "").slice(0, 100),
    };
    const { checkOrDryRun } = await import("../request-body-check.js");
    if (checkOrDryRun(io, options.dryRun, "createPost", "/posts", { posts: post }))
      return ExitCode.ok;
    const client = await makeClient(options, io);
    const result = await client.posts.create(post as never, { signal: io.signal });
    printResult(result, outputOptions(options, io), io);
    const conversation = (result as { conversation?: unknown } | undefined)?.conversation;
    confirm(io, `Posted to conversation ${String(conversation ?? post.conversation ?? "")}`.trim());
    return ExitCode.ok;
  },
});

export default post;

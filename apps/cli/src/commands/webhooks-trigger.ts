/**
 * `missive webhooks trigger <event> --to <url>`: plays Missive's part, like `stripe trigger`. It
 * POSTs a sample delivery built from the spec's webhook examples, signed as Missive signs it
 * (`X-Hook-Signature: sha256=<hex HMAC-SHA256 of the raw body>`), so a receiver — your app, or
 * `missive webhooks listen` — can be tested without a Missive rule firing.
 */
import { signWebhookBody } from "@missive-ts/client/webhooks";
import { defineCommand } from "../command.js";
import { DRY_RUN_FLAG } from "../common-flags.js";
import { connectionCause } from "../connection-cause.js";
import { CliError, ExitCode, UsageError } from "../errors.js";
import { forTerminal } from "../terminal-text.js";
import { buildSample, sampleEvents } from "../webhook-samples.js";

const DEFAULT_SECRET_ENV = "MISSIVE_WEBHOOK_SECRET";
/** Missive gives a receiver 15 s to answer. */
const TIMEOUT_MS = 15_000;

function parseTo(value: string | undefined): URL {
  if (value === undefined)
    throw new UsageError(
      "--to is required: the URL to deliver to, e.g. --to http://127.0.0.1:8788 (missive webhooks listen --port 8788).",
    );
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== "http:" && url?.protocol !== "https:")
    throw new UsageError(
      `--to must be an http(s) URL, e.g. http://127.0.0.1:8788, not "${value}".`,
    );
  return url;
}

export default defineCommand({
  usage:
    async () => `Send a signed sample webhook delivery to a URL, as Missive would: built from the spec's
examples, signed with the secret in $${DEFAULT_SECRET_ENV} (or --secret-env).

Usage: missive webhooks trigger <event> --to <url> [--secret-env <name>] [--conversation <id>]

Events: ${sampleEvents().join(", ")}`,
  flags: {
    to: { type: "string", value: "<url>", description: "Where to deliver it (required)" },
    "secret-env": {
      type: "string",
      value: "<name>",
      description: `Environment variable holding the secret to sign with (default ${DEFAULT_SECRET_ENV})`,
    },
    conversation: {
      type: "string",
      value: "<conversation-id>",
      description: "Put this conversation id in the sample (e.g. one of your simulator's)",
    },
    "dry-run": DRY_RUN_FLAG,
  },
  notes: `The triggering message (or comment) gets a fresh id each time. Prints the receiver's answer
status (JSON when stdout is not a terminal: event, url, status, conversation); a non-2xx answer
exits 1. With --dry-run it prints the request (headers with the signature, then the body) and
sends nothing: pipe the body into curl to replay it (see the webhooks guide).`,
  async run(options, io) {
    const [event, extra] = options.args;
    if (event === undefined)
      throw new UsageError(
        `Name an event: missive webhooks trigger <event> --to <url>. Events: ${sampleEvents().join(", ")}.`,
      );
    if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".`);
    const sample = buildSample(event, options.conversation);
    if (!sample)
      throw new UsageError(`Unknown event "${event}". Events: ${sampleEvents().join(", ")}.`);
    const to = parseTo(options.to);
    const secretEnv = options.secretEnv ?? DEFAULT_SECRET_ENV;
    const secret = io.env[secretEnv];
    if (!secret)
      throw new UsageError(
        `No webhook secret: ${secretEnv} is not set. Set it to the secret your receiver checks (the same as for missive webhooks listen), or name another variable with --secret-env <name>.`,
      );
    if (sample.note) io.stderr.write(`${sample.note}\n`);

    const body = JSON.stringify(sample.body);
    const headers = {
      "content-type": "application/json",
      "x-hook-signature": await signWebhookBody(body, secret),
    };
    if (options.dryRun) {
      io.stdout.write(
        `POST ${to.href}\nContent-Type: ${headers["content-type"]}\nX-Hook-Signature: ${headers["x-hook-signature"]}\n\n${body}\n`,
      );
      return ExitCode.ok;
    }
    const signal = io.signal
      ? AbortSignal.any([io.signal, AbortSignal.timeout(TIMEOUT_MS)])
      : AbortSignal.timeout(TIMEOUT_MS);
    const response = await (io.fetch ?? fetch)(
      new Request(to, { method: "POST", headers, body, signal }),
    ).catch((error: unknown) => {
      // fetch says "fetch failed"; the reason is its cause (ECONNREFUSED …, "bad port").
      const cause =
        connectionCause(error) ??
        ((error as Error).cause as Error | undefined)?.message ??
        (error as Error).message;
      throw new CliError(
        `No answer from ${to.href} (${cause}). Is your receiver running? Start one with: missive webhooks listen --port ${to.port || 80}`,
      );
    });
    const answer = (await response.text().catch(() => "")).slice(0, 300);
    const conversation = (sample.body.conversation as { id?: unknown } | undefined)?.id;
    const json = options.json === true || io.stdout.isTTY !== true;
    io.stdout.write(
      json
        ? `${JSON.stringify({ event, url: to.href, status: response.status, conversation })}\n`
        : `${forTerminal(`Sent a signed ${event} sample (conversation ${conversation}) to ${to.href}: ${response.status} ${response.statusText}`)}\n`,
    );
    if (response.ok) return ExitCode.ok;
    io.stderr.write(
      `${forTerminal(`${to.href} answered ${response.status}${answer ? `: ${answer}` : ""}. A 401 usually means the receiver checks another secret than $${secretEnv}.`)}\n`,
    );
    return ExitCode.api;
  },
});

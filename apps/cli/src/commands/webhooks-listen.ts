import { defineCommand } from "../command.js";
import { CliError, ExitCode, UsageError } from "../errors.js";
import { forTerminal } from "../terminal-text.js";
import type { DeliveryReport } from "../webhook-listener.js";

const DEFAULT_SECRET_ENV = "MISSIVE_WEBHOOK_SECRET";

function parsePort(value: string | undefined): number {
  if (value === undefined)
    throw new UsageError(
      "--port is required: the local port your tunnel points at, e.g. --port 8788.",
    );
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(
      `--port must be a port number from 0 to 65535 (0: any free port), not "${value}".`,
    );
  return port;
}

function parseForwardTo(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== "http:" && url?.protocol !== "https:")
    throw new UsageError(
      `--forward-to must be an http(s) URL, e.g. http://127.0.0.1:3000/missive, not "${value}".`,
    );
  return url;
}

/** NDJSON: the whole event, for `jq` and scripts. */
function jsonLine(delivery: DeliveryReport): string {
  const { event } = delivery;
  return `${JSON.stringify({
    received_at: delivery.receivedAt.toISOString(),
    verified: delivery.verified,
    kind: event?.kind,
    type:
      event?.kind === "rule"
        ? event.rule.type
        : event?.kind === "custom_channel"
          ? event.message.type
          : null,
    conversation: event && event.kind !== "validation" ? event.conversation.id : null,
    status: delivery.status,
    forwarded: delivery.forwarded,
    event: event?.kind === "validation" ? null : event,
  })}\n`;
}

/** A terminal: one line per event. */
function humanLine(delivery: DeliveryReport): string {
  const { event } = delivery;
  const time = delivery.receivedAt.toTimeString().slice(0, 8);
  const what =
    event?.kind === "rule"
      ? `rule ${event.rule.type ?? "?"}  conversation ${event.conversation.id}  ${JSON.stringify(event.conversation.latest_message_subject ?? event.conversation.subject ?? "")}`
      : event?.kind === "custom_channel"
        ? `custom channel ${event.message.type ?? "message"}  conversation ${event.conversation.id}`
        : "validation request (a rule was saved)";
  const check = delivery.verified ? "verified" : "NOT verified";
  const sent = delivery.forwarded
    ? `→ ${delivery.forwarded.status} from ${delivery.forwarded.url}`
    : `→ ${delivery.status}`;
  // Every field is the sender's text, signed or not: escaped like every human-facing line.
  return `${forTerminal(`${time}  ${what}  ${check}  ${sent}`)}\n`;
}

export default defineCommand({
  usage: `Receive Missive webhooks on this machine, behind any tunnel (ngrok, cloudflared, …): verify
each delivery's X-Hook-Signature, print it, and forward it to your app with its original headers.

Usage: missive webhooks listen --port <n> [--secret-env <name>] [--forward-to <url>] [--no-verify]`,
  flags: {
    port: { type: "string", value: "<n>", description: "Port to listen on (0: any free port)" },
    host: {
      type: "string",
      value: "<address>",
      description: "Address to listen on (default 127.0.0.1)",
    },
    "secret-env": {
      type: "string",
      value: "<name>",
      description: `Environment variable holding the rule's (or custom channel's) secret (default ${DEFAULT_SECRET_ENV})`,
    },
    "forward-to": {
      type: "string",
      value: "<url>",
      description:
        "Forward each accepted delivery here (same headers and bytes); its answer goes back",
    },
    // `--no-verify` is the form that matters: the CLI parses `--no-<flag>` as `<flag>: false`.
    verify: {
      type: "boolean",
      description: "Check each delivery's signature (default); --no-verify accepts them unchecked",
    },
  },
  notes: `Output: one JSON object per delivery on stdout (NDJSON: received_at, verified, kind, type,
conversation, status, forwarded, event), or one line per delivery on a terminal (--json forces
JSON). Refused deliveries (401 signature, 413 size, 415, 400) go to stderr and are not forwarded.
Without --forward-to, accepted deliveries are answered 200. The secret is read from the
environment only, so it never lands in your shell history. Ctrl-C stops.`,
  async run(options, io) {
    if (options.args.length > 0) throw new UsageError(`Unexpected argument "${options.args[0]}".`);
    const port = parsePort(options.port);
    const forwardTo = parseForwardTo(options.forwardTo);
    const secretEnv = options.secretEnv ?? DEFAULT_SECRET_ENV;
    const secret = io.env[secretEnv] || undefined;
    const verify = options.verify !== false;
    if (verify && !secret)
      throw new UsageError(
        `No webhook secret: ${secretEnv} is not set. Set it to the secret of your Missive rule (or custom channel), name another variable with --secret-env <name>, or pass --no-verify to print deliveries without checking them.`,
      );
    const json = options.json === true || io.stdout.isTTY !== true;
    const print = (delivery: DeliveryReport) => {
      if (delivery.event === null) {
        io.stderr.write(
          `${delivery.receivedAt.toTimeString().slice(0, 8)}  refused ${delivery.status}: ${forTerminal(delivery.error ?? "")}\n`,
        );
        return;
      }
      if (delivery.error) io.stderr.write(`${forTerminal(delivery.error)}\n`);
      io.stdout.write(json ? jsonLine(delivery) : humanLine(delivery));
    };
    const { startListener } = await import("../webhook-listener.js");
    const listener = await startListener(
      {
        host: options.host ?? "127.0.0.1",
        port,
        secret,
        verify,
        forwardTo,
        fetch: io.fetch ?? fetch,
      },
      print,
      (error) =>
        io.stderr.write(`The listener failed on a request: ${forTerminal(String(error))}\n`),
    ).catch((error: { code?: string; message?: string }) => {
      throw new CliError(
        error.code === "EADDRINUSE"
          ? `Port ${port} is in use: pick another with --port.`
          : `Could not listen on port ${port}: ${error.message}`,
      );
    });
    io.stderr.write(
      `Listening on ${listener.url} (${verify ? `verifying with $${secretEnv}` : "NOT verifying signatures"})${forwardTo ? `, forwarding to ${forwardTo.href}` : ""}. Ctrl-C to stop.\n`,
    );
    await stopped(io.signal);
    await listener.close();
    return ExitCode.ok;
  },
});

/** Resolves on Ctrl-C (the CLI aborts `io.signal`); without a signal the listener runs on. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener("abort", () => resolve(), { once: true });
  });
}

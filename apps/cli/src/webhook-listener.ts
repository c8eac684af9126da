/**
 * The server of `missive webhooks listen`: each delivery is verified with the client's
 * `parseWebhook`, reported, and answered, or forwarded to the developer's app with its
 * original headers and bytes so that the app's own verification still passes.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  InvalidSignatureError,
  MissingSignatureError,
  type ParsedWebhook,
  parseWebhook,
  signWebhookBody,
  WebhookError,
} from "@missive-ts/client/webhooks";
import { toNodeHandler } from "@missive-ts/client/webhooks/node";
import { forward, MAX_RELAYED_BYTES } from "./webhook-forward.js";
import { readBody, refuseTooLarge, serverLimits } from "./webhook-intake.js";

export interface ListenerOptions {
  host: string;
  port: number;
  /** `undefined` with `verify: false` only. */
  secret: string | undefined;
  verify: boolean;
  forwardTo: URL | undefined;
  fetch: (request: Request) => Promise<Response>;
}

/** One delivery, as the listener saw it; what the command prints. */
export interface DeliveryReport {
  receivedAt: Date;
  /** `null`: refused (see `error`). */
  event: ParsedWebhook | null;
  verified: boolean;
  /** What the sender was answered. */
  status: number;
  forwarded: { url: string; status: number } | null;
  error: string | null;
}

const UNVERIFIED = "missive-cli-unverified";

/**
 * `--no-verify`: the same parsing (size cap, content type, JSON, kind) of the same bytes, under
 * a signature made here, so that only the signature check is skipped.
 */
async function parseUnverified(raw: Uint8Array, request: Request): Promise<ParsedWebhook> {
  const headers = new Headers(request.headers);
  headers.set("x-hook-signature", await signWebhookBody(raw, UNVERIFIED));
  const copy = new Request(request.url, { method: "POST", headers, body: raw as BodyInit });
  return parseWebhook(copy, { secret: UNVERIFIED });
}

/** Handles one request; `report` is told about it before the answer goes out. */
async function receive(
  request: Request,
  options: ListenerOptions,
  report: (delivery: DeliveryReport) => void,
): Promise<Response> {
  const receivedAt = new Date();
  const refuse = (status: number, error: string) => {
    report({ receivedAt, event: null, verified: false, status, forwarded: null, error });
    return Response.json({ error }, { status });
  };
  if (request.method !== "POST") return refuse(405, "Missive delivers webhooks with POST.");
  const copy = request.clone(); // the bytes to forward: read only after the capped read passed
  let event: ParsedWebhook | null = null;
  let verified = options.verify;
  try {
    event = await parseWebhook(request, { secret: options.secret ?? UNVERIFIED });
  } catch (error) {
    const unsigned =
      error instanceof MissingSignatureError || error instanceof InvalidSignatureError;
    if (options.verify || !unsigned) {
      await copy.body?.cancel();
      if (error instanceof WebhookError) return refuse(error.status, error.message);
      throw error;
    }
    verified = false;
  }
  const raw = new Uint8Array(await copy.arrayBuffer());
  try {
    event ??= await parseUnverified(raw, request);
  } catch (error) {
    if (error instanceof WebhookError) return refuse(error.status, error.message);
    throw error;
  }
  let response = Response.json(
    event.kind === "validation" ? { ok: true, validation: true } : { ok: true },
  );
  let forwarded: DeliveryReport["forwarded"] = null;
  let failure: string | null = null;
  if (options.forwardTo) {
    const url = options.forwardTo.href;
    try {
      const relayed = await forward(raw, request, options.forwardTo, options.fetch);
      response = relayed.response;
      forwarded = { url, status: response.status };
      if (relayed.cut)
        failure = `the answer of ${url} was cut at ${MAX_RELAYED_BYTES} bytes before going back to the sender`;
    } catch (error) {
      failure = `could not forward to ${url}: ${error instanceof Error ? error.message : String(error)}`;
      response = Response.json({ error: failure }, { status: 502 });
    }
  }
  report({ receivedAt, event, verified, status: response.status, forwarded, error: failure });
  return response;
}

/** Starts the listener; resolves with its URL and a `close()` once it is listening. */
export async function startListener(
  options: ListenerOptions,
  report: (delivery: DeliveryReport) => void,
  onError: (error: unknown) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const listener = toNodeHandler(async (request) => {
    try {
      return await receive(request, options, report);
    } catch (error) {
      onError(error);
      return Response.json({ error: "The listener failed on this request." }, { status: 500 });
    }
  });
  const server = createServer(serverLimits, async (req, res) => {
    const body = await readBody(req);
    if (body === "gone") return;
    if (body === "too-large") {
      const error = refuseTooLarge(req, res);
      report({
        receivedAt: new Date(),
        event: null,
        verified: false,
        status: 413,
        forwarded: null,
        error,
      });
      return;
    }
    await listener({ method: req.method, url: req.url, headers: req.headers, rawBody: body }, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

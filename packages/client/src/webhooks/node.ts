/**
 * `@missive-ts/client/webhooks/node`: runs a fetch-style webhook handler in a `(req, res)`
 * server — node:http, Express, Fastify — keeping the raw body the signature is computed on.
 * Written against the shapes of those objects, so it imports nothing from Node itself.
 */
import type { MissiveLogger } from "../options.js";
import { createWebhookHandler, type WebhookHandlerOptions } from "./handler.js";

/** What the adapter reads from node:http's `IncomingMessage`, Express's or Fastify's request. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: object;
  /** Express `express.raw()` / Fastify buffer parser: the raw bytes. A parsed object is refused. */
  body?: unknown;
  /** Set by raw-body plugins (e.g. `fastify-raw-body`). */
  rawBody?: unknown;
}

/** What the adapter writes to: node:http's `ServerResponse` (Express's too) or Fastify's reply. */
export interface NodeResponseLike {
  statusCode?: number;
  setHeader?(name: string, value: string): unknown;
  end?(body: string): unknown;
  code?(status: number): unknown;
  header?(name: string, value: string): unknown;
  send?(body: string): unknown;
}

interface NodeStream {
  readableEnded?: boolean;
  on(event: string, listener: (value: unknown) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

const encoder = new TextEncoder();
const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade"]);

function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value; // a Node Buffer is one
  if (typeof value === "string") return encoder.encode(value);
  return undefined;
}

/** The request's body as a web stream, read only as fast as the handler reads it. */
function streamOf(req: NodeStream): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk) => {
        if (!open) return;
        controller.enqueue(bytesOf(chunk) ?? new Uint8Array(0));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => open && controller.close());
      req.on("error", (error) => open && controller.error(error));
    },
    pull: () => void req.resume(),
    // Over the cap: drop the rest without destroying the socket, so the 413 still goes out.
    cancel: () => {
      open = false;
      req.resume();
    },
  });
}

/**
 * No body parser ran, or one skipped the request: body-parser 1.x (Express 4) sets `req.body = {}`
 * on a request it does not parse (no body, as Missive's validation request, or another type).
 */
function skippedByParser(body: unknown): boolean {
  if (body === undefined || body === null) return true;
  return Object.getPrototypeOf(body) === Object.prototype && Object.keys(body).length === 0;
}

function bodyOf(req: NodeRequestLike): Uint8Array | ReadableStream<Uint8Array> {
  const given = bytesOf(req.rawBody) ?? bytesOf(req.body);
  if (given) return given;
  const stream = ("raw" in req ? req.raw : req) as NodeStream;
  if (!skippedByParser(req.body) || stream.readableEnded || !stream.on)
    throw new TypeError(
      "The request body was already parsed, so its raw bytes (which the signature covers) are gone. Mount the webhook route before express.json(), use express.raw({ type: 'application/json' }), or give Fastify a buffer parser for application/json.",
    );
  return streamOf(stream);
}

function toRequest(req: NodeRequestLike): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (hopByHop.has(name.toLowerCase()) || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
  }
  const method = req.method ?? "POST";
  const body = method === "GET" || method === "HEAD" ? null : bodyOf(req);
  const url = new URL(req.url ?? "/", "http://localhost");
  // `duplex` is required by Node's fetch for a streamed body (not yet in the DOM types).
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}

async function write(res: NodeResponseLike, response: Response): Promise<void> {
  const text = await response.text();
  if (typeof res.end !== "function" && res.code && res.header && res.send) {
    res.code(response.status); // Fastify's reply
    for (const [name, value] of response.headers) res.header(name, value);
    await res.send(text);
    return;
  }
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader?.(name, value);
  res.end?.(text);
}

/**
 * `(req, res) => Promise<void>` for `http.createServer`, an Express route or a Fastify route
 * (`(request, reply) => listener(request, reply)`), running a fetch-style `handler`.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: { logger?: MissiveLogger | undefined } = {},
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  const logger = options.logger ?? console;
  return async (req, res) => {
    let response: Response;
    try {
      response = await handler(toRequest(req));
    } catch (error) {
      logger.error?.("Missive webhook: could not hand the request over", { error });
      response = Response.json(
        { error: error instanceof Error ? error.message : "Could not read the request." },
        { status: 500 },
      );
    }
    await write(res, response);
  };
}

/** `toNodeHandler(createWebhookHandler(options))`, with the handler's `idle()`. */
export function createNodeWebhookHandler(options: WebhookHandlerOptions) {
  const handler = createWebhookHandler(options);
  return Object.assign(toNodeHandler(handler, options), { idle: handler.idle });
}

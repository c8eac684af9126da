/**
 * `@missive-ts/client/webhooks/node`: runs a fetch-style webhook handler in a `(req, res)`
 * server — node:http, Express, Fastify — keeping the raw body the signature is computed on.
 * Written against the shapes of those objects, so it imports nothing from Node itself.
 */
import type { MissiveLogger } from "../options.js";
import { WebhookError } from "./errors.js";
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

interface NodeSocket {
  end(): unknown;
  destroy(): unknown;
  destroySoon?: () => void;
}

interface NodeStream {
  readableEnded?: boolean;
  /** node:http: the whole message has arrived (false while part of the body is unread). */
  complete?: boolean;
  socket?: NodeSocket | null;
  on(event: string, listener: (value: unknown) => void): unknown;
  read?(): unknown;
  pause(): unknown;
  resume(): unknown;
}

export interface NodeHandlerOptions {
  logger?: MissiveLogger | undefined;
  /**
   * A body the adapter reads itself (no body parser ran) must arrive within this many ms of
   * the request reaching the handler, else 408 and the connection is closed (default 10 000:
   * Missive sends at once and gives up after 15 s). Headers are the server's `headersTimeout`.
   */
  bodyTimeoutMs?: number | undefined;
}

export type NodeWebhookHandlerOptions = WebhookHandlerOptions & NodeHandlerOptions;

const encoder = new TextEncoder();
const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade"]);
/** After an answer that leaves a body unread, how long the socket lingers before it is destroyed. */
const LINGER_MS = 1_000;

/** A timer that does not keep the process alive (Node's; a plain number elsewhere). */
function later(run: () => void, ms: number): ReturnType<typeof setTimeout> {
  const timer = setTimeout(run, ms);
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value; // a Node Buffer is one
  if (typeof value === "string") return encoder.encode(value);
  return undefined;
}

/**
 * The request's body as a web stream, read only as the handler reads it (one chunk at a time:
 * a body refused by its Content-Length is not read at all), failing with 408 past `timeoutMs`.
 */
function streamOf(req: NodeStream, timeoutMs: number): ReadableStream<Uint8Array> {
  let open = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    open = false;
    clearTimeout(timer);
    req.pause();
  };
  req.pause(); // a 'data' listener added to a paused stream does not start the flow
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const fail = (error: unknown) => {
          if (open) controller.error(error);
          stop();
        };
        timer = later(
          () =>
            fail(
              new WebhookError(
                `The body took over ${timeoutMs} ms (bodyTimeoutMs); Missive sends at once.`,
                408,
              ),
            ),
          timeoutMs,
        );
        req.on("data", (chunk) => {
          if (!open) return;
          controller.enqueue(bytesOf(chunk) ?? new Uint8Array(0));
          if ((controller.desiredSize ?? 1) <= 0) req.pause();
        });
        req.on("end", () => {
          if (open) controller.close();
          stop();
        });
        req.on("error", fail); // also the sender gone mid-body ("aborted")
      },
      pull: () => void req.resume(),
      // Refused (over the cap): read no more; the adapter closes the connection after the answer.
      cancel: stop,
    },
    { highWaterMark: 0 },
  );
}

/**
 * For an answer to a request whose body was not read to its end: no more of it is read, and the
 * connection is closed once the answer is out, as `webhooks listen` does. In stages (RFC 9112
 * §9.6): Node would destroy the socket once the answer is flushed, which with the sender still
 * uploading is a TCP reset that can wipe the answer before the sender reads it; so our side is
 * ended first, and the socket destroyed a moment later.
 */
function closeAfterAnswer(req: NodeStream): void {
  const { socket } = req;
  if (!socket) return;
  // What is buffered is taken: Node reads a body nobody read to its end after the answer (its
  // "dump"), and not one being read. Not flowing, the rest stays in the kernel's buffers.
  req.read?.();
  socket.destroySoon = () => {
    socket.end();
    later(() => socket.destroy(), LINGER_MS);
  };
}

/**
 * No body parser ran, or one skipped the request: body-parser 1.x (Express 4) sets `req.body = {}`
 * on a request it does not parse (no body, as Missive's validation request, or another type).
 */
function skippedByParser(body: unknown): boolean {
  if (body === undefined || body === null) return true;
  return Object.getPrototypeOf(body) === Object.prototype && Object.keys(body).length === 0;
}

/** node:http's request itself, or the one Fastify's request wraps. */
const nodeRequestOf = (req: NodeRequestLike) => ("raw" in req ? req.raw : req) as NodeStream;

function bodyOf(req: NodeRequestLike, timeoutMs: number): Uint8Array | ReadableStream<Uint8Array> {
  const given = bytesOf(req.rawBody) ?? bytesOf(req.body);
  if (given) return given;
  const stream = nodeRequestOf(req);
  if (!skippedByParser(req.body) || stream.readableEnded || !stream.on)
    throw new TypeError(
      "The request body was already parsed, so its raw bytes (which the signature covers) are gone. Mount the webhook route before express.json(), use express.raw({ type: 'application/json' }), or give Fastify a buffer parser for application/json.",
    );
  return streamOf(stream, timeoutMs);
}

function toRequest(req: NodeRequestLike, timeoutMs: number): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (hopByHop.has(name.toLowerCase()) || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
  }
  const method = req.method ?? "POST";
  const body = method === "GET" || method === "HEAD" ? null : bodyOf(req, timeoutMs);
  const url = new URL(req.url ?? "/", "http://localhost");
  // `duplex` is required by Node's fetch for a streamed body (not yet in the DOM types).
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}

async function write(res: NodeResponseLike, response: Response, close: boolean): Promise<void> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  if (close) headers.set("connection", "close");
  if (typeof res.end !== "function" && res.code && res.header && res.send) {
    res.code(response.status); // Fastify's reply
    for (const [name, value] of headers) res.header(name, value);
    await res.send(text);
    return;
  }
  res.statusCode = response.status;
  for (const [name, value] of headers) res.setHeader?.(name, value);
  res.end?.(text);
}

/**
 * `(req, res) => Promise<void>` for `http.createServer`, an Express route or a Fastify route
 * (`(request, reply) => listener(request, reply)`), running a fetch-style `handler`. A body the
 * handler did not read to its end (over the cap, too slow) is not read after the answer, which
 * goes out with `Connection: close` before the connection is closed.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  const logger = options.logger ?? console;
  const timeoutMs = options.bodyTimeoutMs ?? 10_000;
  return async (req, res) => {
    let response: Response;
    try {
      response = await handler(toRequest(req, timeoutMs));
    } catch (error) {
      logger.error?.("Missive webhook: could not hand the request over", { error });
      response = Response.json(
        { error: error instanceof Error ? error.message : "Could not read the request." },
        { status: 500 },
      );
    }
    const stream = nodeRequestOf(req);
    const unread = stream.complete === false;
    if (unread) closeAfterAnswer(stream);
    await write(res, response, unread);
  };
}

/** `toNodeHandler(createWebhookHandler(options))`, with the handler's `idle()`. */
export function createNodeWebhookHandler(options: NodeWebhookHandlerOptions) {
  const handler = createWebhookHandler(options);
  return Object.assign(toNodeHandler(handler, options), { idle: handler.idle });
}

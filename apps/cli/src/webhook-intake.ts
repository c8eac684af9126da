/**
 * What `webhooks listen` does before a delivery reaches the parser: the server's time limits,
 * and the body read under the size cap at the socket, so that a hostile sender costs little.
 * Missive sends a delivery in one go and gives up after 15 s: anything slower is not Missive.
 */
import type { IncomingMessage, ServerOptions, ServerResponse } from "node:http";
import { DEFAULT_MAX_BODY_BYTES, PayloadTooLargeError } from "@missive-ts/client/webhooks";

const MAX_BODY_BYTES = DEFAULT_MAX_BODY_BYTES;

/**
 * Headers within 5 s, the whole request within 10 s, checked every second (Node's defaults:
 * 60 s, 300 s, every 30 s). Past a limit Node answers 408 and closes the connection.
 */
export const serverLimits: ServerOptions = {
  headersTimeout: 5_000,
  requestTimeout: 10_000,
  connectionsCheckingInterval: 1_000,
};

export type Intake = Uint8Array | "too-large" | "gone";

/**
 * The body, at most `MAX_BODY_BYTES`: a declared Content-Length over the cap is refused before
 * any byte is read, a chunked body as soon as it passes the cap. Not read: "gone" (the sender
 * left, or Node cut it at a time limit).
 */
export function readBody(req: IncomingMessage): Promise<Intake> {
  return new Promise((resolve) => {
    if (Number(req.headers["content-length"]) > MAX_BODY_BYTES) return resolve("too-large");
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) resolve("too-large");
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("close", () => resolve("gone"));
    req.on("error", () => resolve("gone"));
  });
}

/** After the 413, how long the rest of an upload is still read (and dropped) before closing. */
const LINGER_MS = 1_000;

/**
 * The 413, then the connection is closed: the rest of the upload is never kept. Closed in
 * stages (RFC 9112 §9.6): Node would destroy the socket as soon as the answer is flushed, and
 * with the sender still uploading that is a TCP reset, which can wipe the 413 before the sender
 * reads it. So our side is ended first, and the socket destroyed a moment later.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): string {
  const error = new PayloadTooLargeError(MAX_BODY_BYTES).message;
  const socket = req.socket;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
  req.resume(); // flowing: what still arrives is dropped, not buffered
  res.writeHead(413, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ error }));
  return error;
}

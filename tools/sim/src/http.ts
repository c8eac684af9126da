/** Small HTTP helpers: error answers, JSON replies, request bodies. */
import type { IncomingMessage, ServerResponse } from "node:http";

/** A JSON-serialisable entity of the simulated API. */
export type Entity = Record<string, unknown>;

/** What a handler answers; `body: undefined` sends an empty body. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by handlers to answer `{"error": message}` with a status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new HttpError(404, what);
export const badRequest = (why: string) => new HttpError(400, why);

export function send(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = "";
  if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers["content-type"] = "application/json; charset=utf-8";
  }
  headers["content-length"] = String(Buffer.byteLength(payload));
  response.writeHead(reply.status, headers);
  response.end(payload);
}

/** Reads a request body; `undefined` when empty. Throws 400 on malformed JSON. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  const type = request.headers["content-type"] ?? "";
  if (!type.includes("application/json")) {
    throw badRequest("Request bodies must be sent with Content-Type: application/json");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("Malformed JSON body");
  }
}

/** The payload under a body's envelope key (`{"contacts": [...]}` → the array). */
export function envelope<T = unknown>(body: unknown, key: string): T {
  const value = (body as Record<string, unknown> | undefined)?.[key];
  if (value === undefined) throw badRequest(`Missing "${key}" in the request body`);
  return value as T;
}

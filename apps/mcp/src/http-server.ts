/**
 * Streamable HTTP at `/mcp`, stateless: every POST is a whole exchange with a fresh MCP server
 * and transport, and carries its caller's own Missive token as `Authorization: Bearer …`, so
 * one server serves several users. Requests without a token are refused; on a loopback address
 * a request for another host name is refused too (DNS rebinding).
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type MissiveClient, MissiveError } from "@missive-ts/client";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { Catalogue } from "./build-tools.js";
import type { ClientCache } from "./client-cache.js";
import type { Policy } from "./policy.js";
import { createServer } from "./server.js";

/** Drafts may carry attachments: Missive takes payloads up to 10 MB, base64 makes them larger. */
const maxBodyBytes = 16 * 1024 * 1024;
const loopbackNames = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export interface HttpOptions {
  host: string;
  port: number;
  catalogue: Catalogue;
  policy: Policy;
  clients: ClientCache;
}

function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32_000, message }, id: null }));
}

function bearer(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ?? null;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new RangeError("body too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function hostAllowed(req: IncomingMessage, bindHost: string): boolean {
  if (!loopbackNames.has(bindHost)) return true;
  const host = (req.headers.host ?? "").replace(/:\d+$/, "");
  return loopbackNames.has(host);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpOptions) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== "/mcp") return refuse(res, 404, "Not found: the MCP endpoint is /mcp.");
  if (!hostAllowed(req, options.host)) return refuse(res, 403, "Forbidden host.");
  if (req.method !== "POST") {
    return refuse(
      res,
      405,
      "Method not allowed: this server is stateless, POST JSON-RPC to /mcp.",
      {
        allow: "POST",
      },
    );
  }
  const token = bearer(req);
  if (!token) {
    return refuse(
      res,
      401,
      "Unauthorized: send your Missive API token as Authorization: Bearer <token>.",
      {
        "www-authenticate": 'Bearer realm="missive-mcp"',
      },
    );
  }
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (error) {
    return error instanceof RangeError
      ? refuse(res, 413, "Request body too large.")
      : refuse(res, 400, "Parse error: the body must be JSON-RPC.");
  }
  let client: MissiveClient;
  try {
    client = options.clients.get(token);
  } catch (error) {
    // A token that cannot be sent (MissingTokenError): the client's message never quotes it.
    if (!(error instanceof MissiveError)) throw error;
    return refuse(res, 401, `Unauthorized: ${error.message}`, {
      "www-authenticate": 'Bearer realm="missive-mcp"',
    });
  }
  const server = createServer({ ...options.catalogue, policy: options.policy, client });
  // No sessionIdGenerator: stateless mode, no session id, nothing kept between requests.
  const transport = new StreamableHTTPServerTransport({ enableJsonResponse: true });
  res.on("close", () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, body);
}

/** Starts listening; resolves once bound (`port: 0` picks a free port: see `address()`). */
export async function startHttpServer(options: HttpOptions): Promise<Server> {
  const http = createHttpServer((req, res) => {
    handle(req, res, options).catch(() => {
      // Never echo the error: it could hold what the caller sent.
      if (!res.headersSent) refuse(res, 500, "Internal error.");
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, options.host, () => resolve());
  });
  return http;
}

export const urlOf = (http: Server, host: string) => {
  const { port } = http.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}/mcp`;
};

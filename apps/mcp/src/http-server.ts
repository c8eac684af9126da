/**
 * Streamable HTTP at `/mcp`, stateless: every POST is a whole exchange, answered by a fresh
 * MCP server from the SDK's `createMcpHandler` — 2026-07-28 requests (per-request `_meta`,
 * `server/discover`) and 2025-era ones (`initialize`, then each call) alike. Each POST carries
 * its caller's own Missive token as `Authorization: Bearer …`, so one server serves several
 * users; requests without one are refused. Before anything else, `Host` and `Origin` are
 * checked (http-guard.ts).
 *
 * One Missive client serves every token: each request gets a `withToken` view of it, and all
 * views share the client's rate-limit store, in which each token has its own budget. A token's
 * limiter state lives as long as the store, not as long as a cache entry.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type MissiveClient, MissiveError } from "@missive-ts/client";
import { toNodeHandler } from "@modelcontextprotocol/node";
import { createMcpHandler } from "@modelcontextprotocol/server";
import type { Catalogue } from "./build-tools.js";
import { hostProblem, originProblem } from "./http-guard.js";
import type { Policy } from "./policy.js";
import { createServer } from "./server.js";

/** Drafts may carry attachments: Missive takes payloads up to 10 MB, base64 makes them larger. */
const maxBodyBytes = 16 * 1024 * 1024;

export interface HttpOptions {
  host: string;
  port: number;
  /** More `Host` names to accept than the address bound (`--allowed-hosts`). */
  allowedHosts?: readonly string[];
  /** Browser origins to accept besides the server's own (`--allowed-origins`). */
  allowedOrigins?: readonly string[];
  catalogue: Catalogue;
  policy: Policy;
  /** The client whose `withToken` views serve the requests (its token, if any, is never used). */
  client: MissiveClient;
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

const unauthorized = { "www-authenticate": 'Bearer realm="missive-mcp"' };

/** Starts listening; resolves once bound (`port: 0` picks a free port: see `address()`). */
export async function startHttpServer(options: HttpOptions): Promise<Server> {
  // The token's view travels to the factory as the request's auth info (never its text).
  const views = new WeakMap<object, MissiveClient>();
  const mcp = toNodeHandler(
    createMcpHandler(({ authInfo }) => {
      const client = authInfo?.extra ? views.get(authInfo.extra) : undefined;
      if (!client) throw new Error("a request reached the MCP handler without its client");
      return createServer({ ...options.catalogue, policy: options.policy, client });
    }),
  );
  let port = options.port;
  const guard = () => ({
    host: options.host,
    port,
    allowedHosts: options.allowedHosts ?? [],
    allowedOrigins: options.allowedOrigins ?? [],
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    const badHost = hostProblem(req, guard());
    if (badHost) return refuse(res, 403, badHost);
    const badOrigin = originProblem(req, guard());
    if (badOrigin) return refuse(res, 403, badOrigin);
    if (url.pathname !== "/mcp") return refuse(res, 404, "Not found: the MCP endpoint is /mcp.");
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
        unauthorized,
      );
    }
    let client: MissiveClient;
    try {
      client = options.client.withToken(token);
    } catch (error) {
      // A token that cannot be sent (MissingTokenError): the client's message never quotes it.
      if (!(error instanceof MissiveError)) throw error;
      return refuse(res, 401, `Unauthorized: ${error.message}`, unauthorized);
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return error instanceof RangeError
        ? refuse(res, 413, "Request body too large.")
        : refuse(res, 400, "Parse error: the body must be JSON-RPC.");
    }
    const extra = {};
    views.set(extra, client);
    const auth = { token, clientId: "bearer", scopes: [], extra };
    await mcp(Object.assign(req, { auth }) as Parameters<typeof mcp>[0], res, body);
  }

  const http = createHttpServer((req, res) => {
    handle(req, res).catch(() => {
      // Never echo the error: it could hold what the caller sent.
      if (!res.headersSent) refuse(res, 500, "Internal error.");
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, options.host, () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  return http;
}

export const urlOf = (http: Server, host: string) => {
  const { port } = http.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}/mcp`;
};

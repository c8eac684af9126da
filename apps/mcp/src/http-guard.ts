/**
 * Who may talk to the HTTP server, before any MCP is read (issue 25, points 14 and 15):
 * - `Host` must name the address bound (with its port), a loopback name when bound to loopback
 *   or to every interface, or a name in `--allowed-hosts`. This holds for every bind address:
 *   a DNS-rebinding page reaches us with its own name in `Host`, whatever we are bound to.
 * - `Origin`, when a browser sends one, must be this server's own origin or one in
 *   `--allowed-origins`. The MCP transport spec says servers MUST validate it: a page on
 *   another site must not drive a local server with the user's cookies or network position.
 *   Clients that are not browsers send no `Origin` and are not affected.
 */
import type { IncomingMessage } from "node:http";

const loopbackNames = ["127.0.0.1", "localhost", "::1"];
const anyAddress = new Set(["0.0.0.0", "::", ""]);

export interface HttpGuardOptions {
  /** The address bound (`--host`). */
  host: string;
  /** The port bound (the real one, after `--port 0`). */
  port: number;
  /** More `Host` names (`name` or `name:port`) to accept: `--allowed-hosts`. */
  allowedHosts: readonly string[];
  /** More origins (`https://app.example`) to accept: `--allowed-origins`. */
  allowedOrigins: readonly string[];
}

const bare = (name: string) => name.toLowerCase().replace(/^\[(.*)\]$/, "$1");

function isLoopback(name: string): boolean {
  return loopbackNames.includes(name) || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** `{ name, port }` of a `Host` header, or null when it is not one. */
function parseHost(header: string): { name: string; port: number } | null {
  try {
    const url = new URL(`http://${header}`);
    if (url.username || url.password || url.pathname !== "/" || url.search) return null;
    return { name: bare(url.hostname), port: url.port === "" ? 80 : Number(url.port) };
  } catch {
    return null;
  }
}

/** The names a `Host` header may carry with the bound port. */
function namesFor(options: HttpGuardOptions): Set<string> {
  const bound = bare(options.host);
  const names = new Set<string>();
  names.add(bound);
  // Bound to loopback or to every interface: the loopback names reach us too.
  if (anyAddress.has(bound) || isLoopback(bound)) for (const name of loopbackNames) names.add(name);
  return names;
}

/** Why this request's `Host` is refused, or null. */
export function hostProblem(req: IncomingMessage, options: HttpGuardOptions): string | null {
  const header = req.headers.host ?? "";
  const host = parseHost(header);
  if (!host) return "Forbidden: the request has no valid Host header.";
  if (host.port === options.port && namesFor(options).has(host.name)) return null;
  for (const allowed of options.allowedHosts) {
    const entry = parseHost(allowed);
    if (!entry || entry.name !== host.name) continue;
    // `name` alone allows any port (a proxy in front may listen elsewhere); `name:port` one.
    if (!/:\d+$/.test(allowed) || entry.port === host.port) return null;
  }
  return "Forbidden host: start the server with --allowed-hosts NAME to accept requests for that name.";
}

/** Why this request's `Origin` is refused, or null (no `Origin`: not a browser). */
export function originProblem(req: IncomingMessage, options: HttpGuardOptions): string | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return "Forbidden origin: the Origin header is not a URL.";
  }
  if (options.allowedOrigins.includes(parsed.origin)) return null;
  // The server's own origin: a page it served itself (same scheme, name and port).
  const own = parseHost(parsed.host);
  if (
    parsed.protocol === "http:" &&
    own &&
    own.port === options.port &&
    namesFor(options).has(own.name)
  ) {
    return null;
  }
  return "Forbidden origin: start the server with --allowed-origins ORIGIN to accept browser requests from that site.";
}

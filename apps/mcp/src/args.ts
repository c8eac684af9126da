/** The command line of `missive-mcp`, parsed with node:util's parseArgs. */
import { parseArgs } from "node:util";
import { codeLimitFlags, codeLimitsOf } from "./code-mode/limit-flags.js";
import type { CodeLimits } from "./code-mode/limits.js";
import { type Policy, parseToolsets, staticToolsetsByDefault } from "./policy.js";
import { parseToolMode, type ToolMode } from "./tool-mode.js";

export interface Options {
  policy: Policy;
  /** How the API is offered: one tool per operation, meta-tools, or code. */
  tools: ToolMode;
  /** What one `execute` may use (code mode). */
  codeLimits: CodeLimits;
  http: {
    host: string;
    port: number;
    allowedHosts: readonly string[];
    allowedOrigins: readonly string[];
  } | null;
  profile: string | undefined;
  baseUrl: string | undefined;
  /** Shares each token's rate limit with every process using this Redis. */
  redisUrl: string | undefined;
  /** The local copy `search_conversations` reads (`--db`, `--database-url`). */
  copy: { db: string | undefined; databaseUrl: string | undefined };
  help: boolean;
  version: boolean;
}

export const usage = `missive-mcp: the Missive REST API as MCP tools.

Usage:
  missive-mcp [options]                      stdio (what MCP clients spawn)
  missive-mcp --http [--port N] [--host H]   Streamable HTTP at /mcp, stateless

Auth:
  stdio   MISSIVE_API_TOKEN, else the \`missive\` CLI's saved profile (--profile NAME,
          MISSIVE_PROFILE, default "default")
  --http  each request's own "Authorization: Bearer <Missive token>"; requests without one
          are refused
  API root: --base-url, else MISSIVE_BASE_URL, else the profile's, else Missive's

Options:
  --tools MODE           code (default): search_api + execute, the client API run as code
                         in a sandbox; dynamic: search_tools, describe_tool, call_tool;
                         static: one tool per operation plus task tools
  --code-time S, --code-memory MB, --code-api-calls N, --code-output N
                         limits of one execute (30 s, 64 MB, 200 calls, 20000 characters)
  --code-concurrency N   executes running at once in this process (default 4); the rest wait
                         in line, and their time limit starts when they run
  --read-only            list and allow only tools that read
  --allow-send           allow sending: drafts with send/send_at, custom-channel messages
  --allow-destructive    allow deletes and merges (they cannot be undone)
  --toolsets a,b|all     only these toolsets: conversations, contacts, tasks, shared-labels,
                         responses, organizations, hooks, analytics; static mode lists all but
                         responses, hooks and analytics unless told (all: every one)
  --profile NAME         the CLI profile whose token to use (stdio)
  --base-url URL         Missive API root
  --redis-url URL        share each token's rate limit through Redis with every other process
                         using it (also MISSIVE_REDIS_URL); no call goes out while Redis is down
  --http                 serve Streamable HTTP instead of stdio
  --port N               HTTP port (default 3000)
  --host H               HTTP host (default 127.0.0.1; anything else exposes the server)
  --allowed-hosts a,b    more Host names to answer (name or name:port) besides the address
                         bound; any other Host is refused (DNS rebinding)
  --allowed-origins a,b  browser origins (https://app.example) allowed to call the server;
                         a request with any other Origin is refused with 403
  --db PATH              add search_conversations over this \`missive sync\` SQLite copy
  --database-url URL     the same over a Postgres copy
  -h, --help             this help
  -v, --version          the version
`;

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** An `--allowed-origins` entry as the origin a browser sends (`https://app.example`). */
function origin(entry: string): string {
  try {
    const parsed = new URL(entry);
    if (parsed.origin !== "null") return parsed.origin;
  } catch {}
  throw new Error(`--allowed-origins takes origins such as https://app.example, got "${entry}"`);
}

export function parseOptions(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): Options {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      "read-only": { type: "boolean" },
      "allow-send": { type: "boolean" },
      "allow-destructive": { type: "boolean" },
      tools: { type: "string" },
      ...codeLimitFlags,
      toolsets: { type: "string" },
      profile: { type: "string" },
      "base-url": { type: "string" },
      "redis-url": { type: "string" },
      db: { type: "string" },
      "database-url": { type: "string" },
      http: { type: "boolean" },
      port: { type: "string" },
      host: { type: "string" },
      "allowed-hosts": { type: "string" },
      "allowed-origins": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  const tools = parseToolMode(values.tools);
  const port = values.port === undefined ? 3000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a port number (0-65535), got "${values.port}"`);
  }
  const httpOnly = ["port", "host", "allowed-hosts", "allowed-origins"] as const;
  const stray = httpOnly.filter((name) => values[name] !== undefined);
  if (!values.http && stray.length > 0) {
    throw new Error(`${stray.map((name) => `--${name}`).join(" and ")} need --http`);
  }
  return {
    policy: {
      readOnly: values["read-only"] === true,
      allowSend: values["allow-send"] === true,
      allowDestructive: values["allow-destructive"] === true,
      toolsets: toolsetsOf(values.toolsets, tools),
    },
    tools,
    codeLimits: codeLimitsOf(values),
    http: values.http
      ? {
          host: values.host ?? "127.0.0.1",
          port,
          allowedHosts: list(values["allowed-hosts"]),
          allowedOrigins: list(values["allowed-origins"]).map(origin),
        }
      : null,
    profile: values.profile,
    baseUrl: values["base-url"],
    redisUrl: values["redis-url"] ?? (env.MISSIVE_REDIS_URL || undefined),
    copy: { db: values.db, databaseUrl: values["database-url"] },
    help: values.help === true,
    version: values.version === true,
  };
}

/** `--toolsets`: the named ones, `all`, or by default (static mode) the inbox work's. */
function toolsetsOf(given: string | undefined, mode: ToolMode): Policy["toolsets"] {
  if (given === "all") return null;
  if (given !== undefined) return parseToolsets(given);
  return mode === "static" ? staticToolsetsByDefault : null;
}

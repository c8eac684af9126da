/**
 * `missive-mcp`: stdio by default, Streamable HTTP with `--http`. `run` is the whole program
 * so tests can drive it; the bin only wires the process to it.
 */
import { serveStdio } from "@modelcontextprotocol/server/stdio";
import { parseOptions, usage } from "./args.js";
import { buildTools } from "./build-tools.js";
import { startHttpServer, urlOf } from "./http-server.js";
import { makeClient } from "./make-client.js";
import { OrganizationNameError, organizationIdOf } from "./organization-name.js";
import { createServer } from "./server.js";
import { withLocalCopy } from "./tasks/search-conversations.js";
import { stdioCredentials } from "./token-source.js";
import { createTokenStore } from "./token-store.js";
import { version } from "./version.js";

type Env = Record<string, string | undefined>;
const say = (line: string) => process.stderr.write(`missive-mcp: ${line}\n`);

/** Runs until the transport closes (stdio) or forever (HTTP); returns an exit code on failure to start. */
export async function run(argv: readonly string[], env: Env): Promise<number | null> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv, env);
  } catch (error) {
    say(`${(error as Error).message}. See missive-mcp --help.`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`missive-mcp ${version()}\n`);
    return 0;
  }
  const catalogue = withLocalCopy(
    buildTools(options.policy, options.tools, options.codeLimits),
    options.copy,
  );
  // One store for every client: each token's budget is shared with every process on this Redis.
  // Loaded only when asked for (ioredis is not needed otherwise).
  const store = options.redisUrl
    ? (await import("@missive-ts/ratelimit-redis")).createRedisRateLimitStore({
        url: options.redisUrl,
      })
    : undefined;
  const extras = store ? { rateLimit: { store } } : {};
  if (options.http) {
    const baseUrl = options.baseUrl ?? env.MISSIVE_BASE_URL;
    // One client, one store: every token's budget lives in it for the life of the process
    // (or in Redis), whatever the number of users; each request acts through a view of it.
    const client = makeClient(null, baseUrl, {
      rateLimit: { store: store ?? createTokenStore() },
    });
    const http = await startHttpServer({
      ...options.http,
      catalogue,
      policy: options.policy,
      client,
    });
    say(
      `${catalogue.tools.length} tools at ${urlOf(http, options.http.host)} (stateless; Authorization: Bearer <Missive token>)`,
    );
    return null;
  }
  const credentials = await stdioCredentials(env, options.profile, options.baseUrl);
  if (!credentials.token) {
    say(
      `no Missive token: set MISSIVE_API_TOKEN, or log in with \`missive auth login\` (looked in ${credentials.source}).`,
    );
    await store?.close();
    return 3;
  }
  let client: ReturnType<typeof makeClient>;
  try {
    client = makeClient(credentials.token, credentials.baseUrl, extras);
  } catch (error) {
    // MissingTokenError: the token has the wrong form (the message never quotes it).
    say(`${(error as Error).message} (from ${credentials.source})`);
    await store?.close();
    return 3;
  }
  // A default organization given by name (as the CLI takes it) is sent as its id.
  let organization = credentials.organization;
  if (organization) {
    try {
      organization = await organizationIdOf(client, organization);
    } catch (error) {
      if (error instanceof OrganizationNameError) {
        say(`${error.message}`);
        await store?.close();
        return 2;
      }
      say(
        `could not look up the default organization "${organization}" (${(error as Error).message}); tools that need one will ask for it.`,
      );
      organization = undefined;
    }
  }
  // serveStdio decides the era from the first message (`initialize` or `server/discover`)
  // and calls the factory for that connection (and once more for a discarded probe).
  serveStdio(() => createServer({ ...catalogue, policy: options.policy, client, organization }), {
    onerror: (error) => say(`stdio: ${error.message}`),
  });
  // The store's connections would keep the process alive once the client hangs up (stdin ends).
  process.stdin.once("end", () => void store?.close());
  process.stdin.once("close", () => void store?.close());
  return null;
}

import type { MissiveClient } from "@missive-ts/client";
import { rememberApiRoot } from "./api-root.js";
import type { GlobalOptions } from "./command.js";
import { configPath, configWarning, profileName, readConfig } from "./config.js";
import { CliError, ExitCode } from "./errors.js";
import type { CliIo } from "./io.js";
import { sharedRateLimitStore } from "./shared-rate-limit.js";

export interface TokenSource {
  token: string | undefined;
  /** `MISSIVE_API_TOKEN` or the config file path. */
  source: string;
  profile: string;
  baseUrl: string | undefined;
}

/**
 * Where the CLI's token comes from: `MISSIVE_API_TOKEN` wins over the profile of the config
 * file. (The client's own lookup only reads the environment.)
 */
export async function findTokenSource(options: GlobalOptions, io: CliIo): Promise<TokenSource> {
  const profile = profileName(options.profile, io.env);
  const envToken = io.env.MISSIVE_API_TOKEN?.trim();
  const config = await readConfig(io.env, configWarning(io));
  const stored = config.profiles[profile];
  // An empty MISSIVE_BASE_URL (`MISSIVE_BASE_URL= missive …`) is unset, as shells mean it.
  const baseUrl = options.baseUrl ?? (io.env.MISSIVE_BASE_URL || undefined) ?? stored?.baseUrl;
  if (envToken) return { token: envToken, source: "MISSIVE_API_TOKEN", profile, baseUrl };
  return { token: stored?.token, source: configPath(io.env), profile, baseUrl };
}

/** A client for the command, with the token of `findTokenSource`; exit 3 without one. */
export async function makeClient(
  options: GlobalOptions,
  io: CliIo,
  token?: TokenSource,
): Promise<MissiveClient> {
  const resolved = token ?? (await findTokenSource(options, io));
  if (!resolved.token) {
    throw new CliError(
      `Not logged in${resolved.profile === "default" ? "" : ` (profile ${resolved.profile})`}: run \`missive auth login\`, or set MISSIVE_API_TOKEN (Missive → Settings → API → Create a new token).`,
      ExitCode.auth,
    );
  }
  const { checkBaseUrl, createMissiveClient } = await import("@missive-ts/client");
  const insecure = options.insecure === true;
  // The client refuses it too; checked here so that the message names the CLI's opt-in.
  if (resolved.baseUrl !== undefined) checkBaseUrl(resolved.baseUrl, insecure, "--insecure");
  const { cliLogger } = await import("./client-logger.js");
  rememberApiRoot(resolved.baseUrl);
  const store = await sharedRateLimitStore(options, io);
  return createMissiveClient({
    token: resolved.token,
    baseUrl: resolved.baseUrl,
    allowInsecureHttp: insecure,
    fetch: io.fetch,
    userAgent: "missive-cli",
    logger: cliLogger(io),
    ...io.clientOptions,
    ...(store ? { rateLimit: { store } } : {}),
  });
}

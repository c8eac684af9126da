/** A Missive client for the server: its user agent, and its warnings on stderr (never stdout, the stdio channel). */
import {
  createMissiveClient,
  type MissiveClient,
  type MissiveClientOptions,
} from "@missive-ts/client";
import { version } from "./version.js";

export type ClientExtras = Omit<MissiveClientOptions, "token" | "baseUrl">;

/** `token: null`: a client for `withToken` views only (HTTP mode: each request brings its own). */
export function makeClient(
  token: string | null,
  baseUrl: string | undefined,
  extras: ClientExtras = {},
): MissiveClient {
  return createMissiveClient({
    ...(token === null ? { auth: false as const } : { token }),
    baseUrl,
    userAgent: `missive-mcp/${version()}`,
    logger: { warn: (message) => process.stderr.write(`missive-mcp: ${message}\n`) },
    ...extras,
  });
}

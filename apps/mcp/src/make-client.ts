/** A Missive client for the server: its user agent, and its warnings on stderr (never stdout, the stdio channel). */
import {
  createMissiveClient,
  type MissiveClient,
  type MissiveClientOptions,
} from "@missive-ts/client";
import { version } from "./version.js";

export type ClientExtras = Omit<MissiveClientOptions, "token" | "baseUrl">;

export function makeClient(
  token: string,
  baseUrl: string | undefined,
  extras: ClientExtras = {},
): MissiveClient {
  return createMissiveClient({
    token,
    baseUrl,
    userAgent: `missive-mcp/${version()}`,
    logger: { warn: (message) => process.stderr.write(`missive-mcp: ${message}\n`) },
    ...extras,
  });
}

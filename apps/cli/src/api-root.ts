/**
 * The API root a command talks to, for messages: `auth status` shows it, and an error without
 * an answer names it (a simulator on 127.0.0.1 is "the API", not "Missive").
 */

/** Missive's own API root: the client's default base URL. */
export const MISSIVE_API_ROOT = "https://public.missiveapp.com/v1";

let inUse: string | undefined;

/** Set by `makeClient` for the command being run. */
export function rememberApiRoot(baseUrl: string | undefined): void {
  inUse = baseUrl ?? MISSIVE_API_ROOT;
}

/** A new command: no client yet. */
export function forgetApiRoot(): void {
  inUse = undefined;
}

/** The root of the last client made, if any. */
export const apiRootInUse = (): string | undefined => inUse;

/** Whether a root is Missive's own (any `*.missiveapp.com` host). */
export function isMissive(root: string): boolean {
  try {
    const host = new URL(root).hostname;
    return host === "missiveapp.com" || host.endsWith(".missiveapp.com");
  } catch {
    return false;
  }
}

/** `Missive (https://…)` or `the API at http://127.0.0.1:4010`. */
export const describeApi = (root: string): string =>
  isMissive(root) ? `Missive (${root})` : `the API at ${root}`;

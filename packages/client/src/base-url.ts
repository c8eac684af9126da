import { InsecureBaseUrlError } from "./errors.js";

/** Hosts that never leave the machine: `localhost` (and its subdomains), 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * Refuses a base URL that would send the token in clear: anything but `https:`, except
 * `http:` to a loopback host (a mock, a simulator, a local proxy), unless the caller opts in
 * with `allowInsecureHttp`. Runs when the client is created, before any request; exported for
 * tools that keep a base URL for later (the CLI's `auth login`).
 */
export function checkBaseUrl(
  baseUrl: string,
  allowInsecureHttp: boolean,
  /** How the caller opts in, for the message (the CLI says `--insecure`). */
  optIn = "allowInsecureHttp: true",
): void {
  let url: URL;
  try {
    // A relative URL (`/api/missive` in a browser) is relative to the page.
    const page = (globalThis as { location?: { href?: string } }).location?.href;
    url = new URL(baseUrl, page);
  } catch {
    throw new InsecureBaseUrlError(
      `baseUrl is not a URL: pass an absolute https:// URL such as https://public.missiveapp.com/v1.`,
    );
  }
  if (url.protocol === "https:") return;
  const where = `${url.protocol}//${url.host}`;
  if (url.protocol === "http:" && (isLoopbackHost(url.hostname) || allowInsecureHttp)) return;
  const why =
    url.protocol === "http:"
      ? `${where} is plain HTTP: the API token would cross the network unencrypted`
      : `${url.protocol} is not HTTPS`;
  throw new InsecureBaseUrlError(
    `Refusing baseUrl ${where}: ${why}. Use https://, or http:// to a loopback host ` +
      `(localhost, 127.0.0.1, ::1); to send the token over plain HTTP anyway, pass ${optIn}.`,
  );
}

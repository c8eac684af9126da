import { InsecureBaseUrlError } from "./errors.js";

/**
 * Hosts that never leave the machine: `localhost`, 127.0.0.0/8, `::1` and 127.0.0.0/8 mapped
 * into IPv6 (`::ffff:127.0.0.1`), as the WHATWG URL parser normalises them. Not `*.localhost`
 * nor `localhost.`: the system resolver (glibc without nss-myhostname) asks DNS for those,
 * and whatever DNS answers would receive the token in clear.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    host === "localhost" ||
    host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
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
  const { protocol } = url;
  const http = protocol === "http:";
  if (protocol === "https:" || (http && (isLoopbackHost(url.hostname) || allowInsecureHttp)))
    return;
  const where = `${protocol}//${url.host}`;
  // Only `http:` can be opted into: naming the opt-in for `ftp:` would send the user in circles.
  const why = http
    ? `${where} is plain HTTP: the API token would cross the network unencrypted`
    : `${protocol} is not HTTPS`;
  const anyway = http ? `; to send the token over plain HTTP anyway, pass ${optIn}` : "";
  throw new InsecureBaseUrlError(
    `Refusing baseUrl ${where}: ${why}. Use https://, or http:// to a loopback host ` +
      `(localhost, 127.0.0.1, ::1)${anyway}.`,
  );
}

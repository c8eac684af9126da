import { isLoopbackHost } from "./base-url.js";

/**
 * Loopback, private (RFC 1918), link-local and unspecified addresses, and `localhost`
 * names, as the WHATWG URL parser writes a `hostname` (IPv4 in dotted decimal whatever the
 * input form; IPv6 in brackets, compressed: `[::…]` is unspecified, loopback or IPv4-mapped,
 * then fc00::/7 and fe80::/10). A name is judged as written: what it resolves to is not known.
 */
export const isPrivateHost = (host: string): boolean =>
  /^(\[(::|f[cd]|fe[89ab])|(0|10|127|169\.254|192\.168|172\.(1[6-9]|2\d|3[01]))\.[\d.]+$)|(^|\.)localhost$/i.test(
    host,
  );

/** The base URL is on this machine (a simulator, a mock, a test): so may its file hosts be. */
export const isLocalBase = (baseUrl: string): boolean =>
  URL.canParse(baseUrl) && isLoopbackHost(new URL(baseUrl).hostname);

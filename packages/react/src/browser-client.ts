import {
  createMissiveClient,
  type MissiveClient,
  type MissiveClientOptions,
  MissiveError,
} from "@missive-ts/client";

/** Options of `createBrowserMissiveClient`. */
export interface BrowserMissiveClientOptions extends Omit<MissiveClientOptions, "token"> {
  /**
   * Where requests go: your own backend's proxy to Missive (e.g. `"/api/missive"`, which adds
   * the token server-side). Paths are appended as in the spec: `/api/missive/conversations`.
   */
  baseUrl: string;
  /**
   * A Missive API token. Refused in a browser unless `dangerouslyAllowBrowserToken` is set:
   * anyone who opens the page can read it and act as its user in every conversation they see.
   */
  token?: string | undefined;
  /** Lets `token` be used in a browser anyway (an internal tool on trusted machines only). */
  dangerouslyAllowBrowserToken?: boolean | undefined;
}

/** Stands in for the token the client requires; never sent (see `withoutAuthorization`). */
const PROXY_TOKEN = "missive-ts-browser-proxy";

const inBrowser = () =>
  typeof (globalThis as { window?: unknown }).window !== "undefined" &&
  typeof (globalThis as { document?: unknown }).document !== "undefined";

/** A fetch that drops the `Authorization` header the client adds: the proxy adds the real one. */
function withoutAuthorization(
  inner: MissiveClientOptions["fetch"],
): (request: Request) => Promise<Response> {
  return (request) => {
    const headers = new Headers(request.headers);
    headers.delete("authorization");
    const send = inner ?? ((r: Request) => globalThis.fetch(r));
    return send(new Request(request, { headers }));
  };
}

/**
 * A client for code that runs in a browser. Without `token` (the safe setup), requests go to
 * `baseUrl` — your backend, which adds the token — without any `Authorization` header. With a
 * `token`, it throws in a browser unless `dangerouslyAllowBrowserToken` is `true`.
 */
export function createBrowserMissiveClient(options: BrowserMissiveClientOptions): MissiveClient {
  const { token, dangerouslyAllowBrowserToken, ...rest } = options;
  if (token !== undefined) {
    if (inBrowser() && dangerouslyAllowBrowserToken !== true) {
      throw new MissiveError(
        "createBrowserMissiveClient: a Missive API token in a browser can be read by anyone who " +
          "opens the page. Omit `token` and point `baseUrl` at your backend, which adds it " +
          "(see the @missive-ts/react README), or pass `dangerouslyAllowBrowserToken: true` for " +
          "an internal tool on trusted machines.",
      );
    }
    return createMissiveClient({ ...rest, token });
  }
  return createMissiveClient({
    // No token leaves the browser (the backend adds it): a plain-HTTP backend exposes none.
    allowInsecureHttp: true,
    ...rest,
    token: PROXY_TOKEN,
    fetch: withoutAuthorization(rest.fetch),
  });
}

import {
  createMissiveClient,
  type MissiveClient,
  type MissiveClientOptions,
  MissiveError,
} from "@missive-ts/client";

/** Options of `createBrowserMissiveClient`. */
export interface BrowserMissiveClientOptions extends Omit<MissiveClientOptions, "token" | "auth"> {
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

/**
 * Code whose source the page's visitor can read: a window with a document, or any worker
 * (dedicated, shared, service) — a worker has neither `window` nor `document`.
 */
const inBrowser = () => {
  const scope = globalThis as Record<string, unknown>;
  return (
    (typeof scope.window !== "undefined" && typeof scope.document !== "undefined") ||
    typeof scope.WorkerGlobalScope !== "undefined" ||
    typeof scope.importScripts === "function"
  );
};

/**
 * A client for code that runs in a browser. Without `token` (the safe setup), requests go to
 * `baseUrl` — your backend, which adds the token — without any `Authorization` header
 * (`auth: false` of the client). With a `token`, it throws in a browser or a worker unless
 * `dangerouslyAllowBrowserToken` is `true`.
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
    return createMissiveClient({ ...rest, auth: token });
  }
  // No token leaves the browser (the backend adds it): `auth: false` sends none, so a plain-HTTP
  // backend exposes nothing.
  return createMissiveClient({ ...rest, auth: false });
}

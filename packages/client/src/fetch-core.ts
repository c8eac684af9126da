import type { Client, Middleware } from "openapi-fetch";
import { createQuerySerializer } from "./query-serializer.js";
import { defaultBodySerializer, mergeHeaders, removeTrailingSlash } from "./request-parts.js";

type Init = Record<string, unknown> & { params?: Record<string, unknown> };
type Loose = (...args: never[]) => unknown;
type Fetch = (request: Request, ext?: unknown) => Promise<Response>;
type PathSerializer = (pathname: string, params: Record<string, unknown>) => string;

type Hooks = Required<Extract<Middleware, object>>;
/** The middleware that has `hook`, in order: openapi-fetch skips the others. */
const having = (list: readonly Middleware[], hook: keyof Hooks) =>
  list.filter((m) => m && typeof m === "object" && typeof m[hook] === "function") as Hooks[];

const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * openapi-fetch 0.17's `createClient`, for the three client-wide options the Missive client sets
 * (`baseUrl`, `fetch`, `pathSerializer`). Every per-request option (`params`, `headers`, `body`,
 * `parseAs`, `querySerializer`, `bodySerializer`, `pathSerializer`, `fetch`, `baseUrl`, `Request`,
 * `middleware`, any `RequestInit` field), middleware (`use`/`eject`, `onRequest`/`onResponse`/
 * `onError`) and the `{ data, error, response }` answer work as there, and so do its serializers
 * (`query-serializer.ts`, `path-params.ts`, `request-parts.ts`, written here: openapi-fetch's
 * are most of its bytes in a browser bundle, issue 24). What it leaves out — client-wide headers,
 * serializers and `requestInitExt` — no Missive client option reaches. The steps follow
 * openapi-fetch's `coreFetch`, in its order; `test/fetch-core.test.ts` runs every case on both.
 * Returns a maker of clients over one middleware list: `()` gives openapi-fetch's client,
 * `({ fetch })` the same one sending every request with that `fetch` (`withToken`).
 */
export function createFetchCore<Paths extends {}>(config: {
  baseUrl: string;
  fetch: Fetch;
  pathSerializer: PathSerializer;
}): (fixed?: { fetch: Fetch }) => Client<Paths> {
  const baseUrl = removeTrailingSlash(config.baseUrl);
  const CustomRequest = globalThis.Request;
  const globalMiddlewares: Middleware[] = [];

  async function coreFetch(schemaPath: string, fetchOptions: Init) {
    const {
      baseUrl: localBaseUrl,
      fetch = config.fetch,
      Request = CustomRequest,
      headers,
      params = {},
      parseAs = "json" as string,
      querySerializer: requestQuerySerializer,
      bodySerializer = defaultBodySerializer,
      pathSerializer: requestPathSerializer,
      body,
      middleware: requestMiddlewares = [],
      ...init
    } = fetchOptions as Record<string, never>;
    const finalBaseUrl = localBaseUrl ? removeTrailingSlash(localBaseUrl) : baseUrl;
    // openapi-fetch spreads an options object (falsy ones mean the defaults, as `{}` does).
    const querySerializer =
      typeof requestQuerySerializer === "function"
        ? requestQuerySerializer
        : createQuerySerializer({ ...(requestQuerySerializer as unknown as object) });
    const pathSerializer: PathSerializer = requestPathSerializer || config.pathSerializer;
    const header = (params as { header?: never }).header;
    const serializedBody =
      body === undefined
        ? undefined
        : (bodySerializer as Loose)(body, mergeHeaders(headers, header) as never);
    const finalHeaders = mergeHeaders(
      serializedBody === undefined || serializedBody instanceof FormData
        ? {}
        : { "Content-Type": "application/json" },
      headers,
      header,
    );
    const finalMiddlewares: Middleware[] = [...globalMiddlewares, ...(requestMiddlewares as [])];
    const requestInit = {
      redirect: "follow",
      ...init,
      body: serializedBody,
      headers: finalHeaders,
    } as RequestInit;
    // openapi-fetch's `createFinalURL`.
    const { path, query } = params as Record<string, never>;
    let url = finalBaseUrl + schemaPath;
    if (path) url = pathSerializer(url, path);
    let search = (querySerializer as Loose)(query ?? ({} as never)) as string;
    if (search.startsWith("?")) search = search.slice(1);
    if (search) url += `?${search}`;
    let request: Request = new (Request as typeof CustomRequest)(url, requestInit);
    for (const key in init) {
      if (!(key in request)) (request as unknown as Init)[key] = init[key];
    }
    let answer: Response | undefined;
    // What every hook receives besides `request` (and `error`/`response`), in openapi-fetch's order.
    let hook = {};
    if (finalMiddlewares.length) {
      hook = {
        schemaPath,
        params,
        options: Object.freeze({
          baseUrl: finalBaseUrl,
          fetch,
          parseAs,
          querySerializer,
          bodySerializer,
          pathSerializer,
        }),
        id: Math.random().toString(36).slice(2, 11),
      };
      for (const m of having(finalMiddlewares, "onRequest")) {
        const result = await m.onRequest({ request, ...hook } as never);
        if (!result) continue;
        if (result instanceof (Request as typeof CustomRequest)) request = result;
        else if (result instanceof Response) {
          answer = result;
          break;
        } else {
          throw new Error(
            "onRequest: must return new Request() or Response() when modifying the request",
          );
        }
      }
    }
    // Middleware from last to first for the answer, as in openapi-fetch.
    const reversed = finalMiddlewares.slice().reverse();

    if (!answer) {
      try {
        answer = await (fetch as Fetch)(request, undefined);
      } catch (thrown) {
        let error: unknown = thrown;
        for (const m of having(reversed, "onError")) {
          const result = await m.onError({ request, error, ...hook } as never);
          if (!result) continue;
          if (result instanceof Response) {
            error = undefined;
            answer = result;
            break;
          }
          if (result instanceof Error) {
            error = result;
            continue;
          }
          throw new Error("onError: must return new Response() or instance of Error");
        }
        if (error) throw error;
      }
      for (const m of having(reversed, "onResponse")) {
        const result = await m.onResponse({ request, response: answer, ...hook } as never);
        if (!result) continue;
        if (!(result instanceof Response)) {
          throw new Error("onResponse: must return new Response() when modifying the response");
        }
        answer = result;
      }
    }
    const response = answer as Response;
    const ok = response.ok;
    const contentLength = response.headers.get("Content-Length");
    let value: unknown;
    // No body to read: a 204, a HEAD, or `Content-Length: 0` (unless chunked).
    if (
      !(
        response.status === 204 ||
        request.method === "HEAD" ||
        (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
      )
    ) {
      if (!ok || (parseAs === "json" && !contentLength)) {
        const raw = await response.text();
        if (ok) value = raw ? JSON.parse(raw) : undefined;
        else {
          // An error body is parsed when it is JSON, kept as text otherwise.
          try {
            value = JSON.parse(raw);
          } catch {
            value = raw;
          }
        }
      } else if (parseAs === "stream") value = response.body;
      // Any reader of Response (`json`, `text`, `blob`, `arrayBuffer`, `formData`), called on it.
      else value = await response[parseAs as "json"]();
    }
    // `{ data, response }` or `{ error, response }`: the other key is absent, as there.
    return { [ok ? "data" : "error"]: value, response };
  }

  // A view for another token gets its `fetch` after the caller's options, so it always wins.
  return (fixed) => {
    const send = (url: string, init: Init | undefined, method: string) =>
      coreFetch(url, { ...init, method, ...fixed });
    const client: Record<string, unknown> = {
      request: (method: string, url: string, init?: Init) => send(url, init, method.toUpperCase()),
      /** Register middleware */
      use(...middleware: Middleware[]) {
        for (const m of middleware) {
          if (!m) continue;
          if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
            throw new Error(
              "Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`",
            );
          }
          globalMiddlewares.push(m);
        }
      },
      /** Unregister middleware */
      eject(...middleware: Middleware[]) {
        for (const m of middleware) {
          const i = globalMiddlewares.indexOf(m);
          if (i !== -1) globalMiddlewares.splice(i, 1);
        }
      },
    };
    for (const method of methods) {
      client[method] = (url: string, init?: Init) => send(url, init, method);
    }
    return client as unknown as Client<Paths>;
  };
}

import type { Client, Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  mergeHeaders,
  removeTrailingSlash,
} from "openapi-fetch";

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
 * `onError`) and the `{ data, error, response }` answer work as there, with openapi-fetch's own
 * serializers. What it leaves out — client-wide headers, serializers and `requestInitExt` — no
 * Missive client option reaches, and it is half of openapi-fetch's bytes in a browser bundle
 * (issue 24). The steps follow openapi-fetch's `coreFetch`, in its order.
 */
export function createFetchCore<Paths extends {}>(config: {
  baseUrl: string;
  fetch: Fetch;
  pathSerializer: PathSerializer;
}): Client<Paths> {
  const baseUrl = removeTrailingSlash(config.baseUrl);
  const CustomRequest = globalThis.Request;
  const globalMiddlewares: Middleware[] = [];

  async function coreFetch(schemaPath: string, fetchOptions: Init = {}) {
    const {
      baseUrl: localBaseUrl,
      fetch = config.fetch,
      Request = CustomRequest,
      headers,
      params = {},
      parseAs = "json" as string,
      querySerializer: requestQuerySerializer,
      bodySerializer = defaultBodySerializer,
      pathSerializer = config.pathSerializer,
      body,
      middleware: requestMiddlewares = [],
      ...init
    } = fetchOptions as Record<string, never>;
    const finalBaseUrl = localBaseUrl ? removeTrailingSlash(localBaseUrl) : baseUrl;
    const querySerializer =
      typeof requestQuerySerializer === "function"
        ? requestQuerySerializer
        : createQuerySerializer(requestQuerySerializer);
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
    let request: Request = new (Request as typeof CustomRequest)(
      createFinalURL(schemaPath, {
        baseUrl: finalBaseUrl,
        params,
        querySerializer,
        pathSerializer,
      } as never),
      requestInit,
    );
    for (const key in init) {
      if (!(key in request)) (request as unknown as Init)[key] = init[key];
    }
    let response: Response | undefined;
    let hook = {} as MiddlewareCallbackParams;
    if (finalMiddlewares.length) {
      hook = {
        request,
        schemaPath,
        params,
        id: Math.random().toString(36).slice(2, 11),
        options: Object.freeze({
          baseUrl: finalBaseUrl,
          fetch,
          parseAs,
          querySerializer,
          bodySerializer,
          pathSerializer,
        }),
      } as never;
      for (const m of having(finalMiddlewares, "onRequest")) {
        const result = await m.onRequest({ ...hook, request });
        if (!result) continue;
        if (result instanceof (Request as typeof CustomRequest)) request = result;
        else if (result instanceof Response) {
          response = result;
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

    if (!response) {
      try {
        response = await (fetch as Fetch)(request, undefined);
      } catch (thrown) {
        let error: unknown = thrown;
        for (const m of having(reversed, "onError")) {
          const result = await m.onError({ ...hook, request, error });
          if (!result) continue;
          if (result instanceof Response) {
            error = undefined;
            response = result;
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
        const result = await m.onResponse({ ...hook, request, response: response as Response });
        if (!result) continue;
        if (!(result instanceof Response)) {
          throw new Error("onResponse: must return new Response() when modifying the response");
        }
        response = result;
      }
    }
    const answer = response as Response;
    const contentLength = answer.headers.get("Content-Length");
    if (
      answer.status === 204 ||
      request.method === "HEAD" ||
      (contentLength === "0" && !answer.headers.get("Transfer-Encoding")?.includes("chunked"))
    ) {
      return answer.ok
        ? { data: undefined, response: answer }
        : { error: undefined, response: answer };
    }
    if (answer.ok) {
      if (parseAs === "stream") return { data: answer.body, response: answer };
      if (parseAs === "json" && !contentLength) {
        const raw = await answer.text();
        return { data: raw ? JSON.parse(raw) : undefined, response: answer };
      }
      // Any reader of Response (`text`, `blob`, `arrayBuffer`, `formData`), called on it.
      return { data: await answer[parseAs as "json"](), response: answer };
    }
    let error: unknown = await answer.text();
    try {
      error = JSON.parse(error as string);
    } catch {}
    return { error, response: answer };
  }

  const client: Record<string, unknown> = {
    request: (method: string, url: string, init?: Init) =>
      coreFetch(url, { ...init, method: method.toUpperCase() }),
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
    client[method] = (url: string, init?: Init) => coreFetch(url, { ...init, method });
  }
  return client as unknown as Client<Paths>;
}

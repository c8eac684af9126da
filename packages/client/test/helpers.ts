import { createMissiveClient, type MissiveClientOptions } from "../src/index.js";
import type { InternalOptions } from "../src/options.js";

export const TOKEN = "missive_pat-SECRET-test-token-0123456789";
export const BASE = "https://api.test/v1";

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
  });

/** A network failure as Node's fetch (undici) reports it: TypeError with a coded cause. */
export const networkError = (code: string) =>
  new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });

export interface Recorded {
  method: string;
  url: string;
  body: string;
  headers: Headers;
}

/**
 * A client whose fetch is `handler`, with sleeps recorded instead of waited (so retries and
 * waits run instantly) and no jitter.
 */
export function fakeClient(
  handler: (request: Request, call: number) => Response | Promise<Response>,
  options: MissiveClientOptions = {},
  internal: InternalOptions = {},
) {
  const calls: Recorded[] = [];
  const sleeps: number[] = [];
  const client = createMissiveClient(
    {
      token: TOKEN,
      baseUrl: BASE,
      fetch: async (request) => {
        calls.push({
          method: request.method,
          url: request.url,
          body: await request.clone().text(),
          headers: request.headers,
        });
        return handler(request, calls.length);
      },
      ...options,
    },
    {
      random: () => 1,
      sleep: async (ms, signal) => {
        sleeps.push(ms);
        if (signal?.aborted) throw signal.reason;
      },
      ...internal,
    },
  );
  return { client, calls, sleeps };
}

/** Serves `pages` in order and records the query of each request. */
export function pagedClient(envelope: string, pages: unknown[][]) {
  const queries: URLSearchParams[] = [];
  const fake = fakeClient((request) => {
    const query = new URL(request.url).searchParams;
    queries.push(query);
    return json({ [envelope]: pages[queries.length - 1] ?? [] });
  });
  return { ...fake, queries };
}

import createClient, { type Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createFetchCore } from "../src/fetch-core.js";
import { checkedPathSerializer } from "../src/path-params.js";

/**
 * The client's openapi-fetch style runs on `createFetchCore` (openapi-fetch's `createClient`
 * without the client-wide options no Missive option reaches). Each case runs on both with one
 * recording fetch: the requests sent and the `{ data, error, response }` read must be the same.
 */
type Call = (...args: unknown[]) => Promise<Record<string, unknown>>;
type Method = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
type Any = Record<Method | "request", Call> & {
  use(...m: Middleware[]): void;
  eject(...m: Middleware[]): void;
};

interface Seen {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
  redirect: string;
  cache: string;
  extra: unknown;
}

function pair(answer: () => Response | Promise<Response>) {
  const make = (factory: typeof createClient) => {
    const seen: Seen[] = [];
    const fetch = async (request: Request) => {
      seen.push({
        method: request.method,
        url: request.url,
        headers: [...request.headers].sort(),
        body: await request.clone().text(),
        redirect: request.redirect,
        cache: request.cache,
        extra: (request as unknown as { extra?: unknown }).extra,
      });
      return answer();
    };
    const options = {
      baseUrl: "https://api.test/v1/",
      fetch,
      pathSerializer: checkedPathSerializer,
    };
    return { client: factory(options as never) as unknown as Any, seen };
  };
  return [make(createClient), make(createFetchCore as unknown as typeof createClient)] as const;
}

async function settle(run: () => Promise<Record<string, unknown>>) {
  try {
    const { data, error, response } = await run();
    const res = response as Response;
    return { data, error, status: res.status, url: res.url };
  } catch (thrown) {
    return { thrown: String(thrown) };
  }
}

async function same(
  answer: () => Response | Promise<Response>,
  call: (client: Any) => Promise<Record<string, unknown>>,
  setup: (client: Any) => void = () => {},
) {
  const [theirs, ours] = pair(answer);
  setup(theirs.client);
  setup(ours.client);
  const expected = await settle(() => call(theirs.client));
  const actual = await settle(() => call(ours.client));
  expect(actual).toEqual(expected);
  expect(ours.seen).toEqual(theirs.seen);
  return { result: actual, seen: ours.seen };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("createFetchCore answers as openapi-fetch's createClient", () => {
  it("sends every method with path, query (arrays, objects), headers and a JSON body", async () => {
    for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "PATCH", "TRACE"] as const) {
      const { seen, result } = await same(
        () => json({ ok: method }),
        (c) =>
          c[method]("/conversations/{id}/messages", {
            params: {
              path: { id: ["a b", "c"] },
              query: { limit: 10, labels: ["x", "y"], deep: { a: 1 }, skip: undefined },
              header: { "x-one": "1" },
            },
            headers: { "x-two": "2" },
            body: method === "GET" || method === "TRACE" ? undefined : { posts: { text: "hé" } },
          }),
      );
      // TRACE: undici's Request refuses it, in both (the same TypeError).
      expect(seen).toHaveLength(method === "TRACE" ? 0 : 1);
      if (method !== "TRACE") expect(result).toHaveProperty("data", { ok: method });
    }
    await same(
      () => json({ ok: 1 }),
      (c) => c.request("patch", "/tasks/{id}", { params: { path: { id: "t1" } }, body: {} }),
    );
  });

  it("reads 204, HEAD, Content-Length 0, empty and non-JSON answers, errors, and parseAs", async () => {
    const cases: [() => Response, (c: Any) => Promise<Record<string, unknown>>][] = [
      [
        () => new Response(null, { status: 204 }),
        (c) => c.DELETE("/drafts/{id}", { params: { path: { id: "d" } } }),
      ],
      [() => new Response("x", { status: 200 }), (c) => c.HEAD("/users")],
      [
        () => new Response("", { status: 201, headers: { "content-length": "0" } }),
        (c) => c.POST("/posts", { body: {} }),
      ],
      [() => new Response("", { status: 200 }), (c) => c.GET("/users")],
      [() => json({ error: "no such id" }, 404), (c) => c.GET("/users")],
      [() => new Response("<h1>bad gateway</h1>", { status: 502 }), (c) => c.GET("/users")],
      [() => new Response("plain", { status: 200 }), (c) => c.GET("/users", { parseAs: "text" })],
      [
        () => new Response("bytes", { status: 200 }),
        (c) =>
          c.GET("/users", { parseAs: "arrayBuffer" }).then((r) => ({ ...r, data: String(r.data) })),
      ],
      [() => json({ users: [] }), (c) => c.GET("/users", { baseUrl: "https://other.test/x/" })],
      [
        () => json({ users: [] }),
        (c) =>
          c.GET("/users", {
            params: { query: { a: [1, 2] } },
            querySerializer: { array: { style: "pipeDelimited", explode: false } },
          }),
      ],
      [
        () => json({ users: [] }),
        (c) => c.GET("/users", { params: { query: { a: 1 } }, querySerializer: () => "q=own" }),
      ],
      [
        () => json({ users: [] }),
        (c) =>
          c.POST("/users", {
            body: { a: 1 },
            bodySerializer: (b: unknown) => `raw:${JSON.stringify(b)}`,
          }),
      ],
      [
        () => json({ users: [] }),
        (c) => c.GET("/users", { headers: { "x-drop": null, "x-many": ["1", "2"] } }),
      ],
      [
        () => json({ users: [] }),
        (c) => c.GET("/users", { extra: "kept on the request", cache: "no-store" }),
      ],
      [() => json({}), (c) => c.GET("/contacts/{id}", { params: { path: { id: ".." } } })],
    ];
    for (const [answer, call] of cases) await same(answer, call);
  });

  it("runs middleware as openapi-fetch does: order, replacement, short-circuit, errors, eject", async () => {
    const order: string[] = [];
    const log = (name: string): Middleware => ({
      onRequest: ({ request, schemaPath, id }) => {
        order.push(`${name}:req:${schemaPath}:${typeof id}`);
        const headers = new Headers(request.headers);
        headers.set(`x-${name}`, "1");
        return new Request(request, { headers });
      },
      onResponse: ({ response, options }) => {
        order.push(`${name}:res:${options.parseAs}:${response.status}`);
        return name === "b" ? new Response('{"swapped":true}', { status: 200 }) : undefined;
      },
    });
    const a = log("a");
    const b = log("b");
    const [theirs, ours] = pair(() => json({ users: [] }));
    for (const side of [theirs, ours]) {
      side.client.use(a, b);
      order.push("--");
      await side.client.GET("/users");
    }
    const half = order.length / 2;
    expect(order.slice(half)).toEqual(order.slice(0, half));
    expect(ours.seen).toEqual(theirs.seen);

    const shortCircuit: Middleware = { onRequest: () => new Response('{"cached":1}') };
    await same(
      () => json({ live: 1 }),
      (c) => c.GET("/users"),
      (c) => c.use(shortCircuit),
    );
    await same(
      () => json({ live: 1 }),
      (c) => c.GET("/users", { middleware: [shortCircuit] }),
    );
    await same(
      () => json({ live: 1 }),
      (c) => c.GET("/users"),
      (c) => {
        c.use(shortCircuit);
        c.eject(shortCircuit);
      },
    );
    const rescue: Middleware = { onError: () => json({ rescued: true }) };
    const rethrow: Middleware = { onError: ({ error }) => new Error(`wrapped ${String(error)}`) };
    const failing = () => Promise.reject(new TypeError("fetch failed"));
    await same(failing, (c) => c.GET("/users"));
    await same(
      failing,
      (c) => c.GET("/users"),
      (c) => c.use(rescue),
    );
    await same(
      failing,
      (c) => c.GET("/users"),
      (c) => c.use(rethrow),
    );
    await same(
      failing,
      (c) => c.GET("/users"),
      (c) => c.use({ onError: () => "nonsense" } as never),
    );
    await same(
      () => json({}),
      (c) => c.GET("/users"),
      (c) => c.use({ onRequest: () => "nonsense" } as never),
    );
    await same(
      () => json({}),
      (c) => c.GET("/users"),
      (c) => c.use({ onResponse: () => "nonsense" } as never),
    );
    for (const side of pair(() => json({}))) {
      expect(() => side.client.use({} as never)).toThrow(/Middleware must be an object/);
    }
  });
});

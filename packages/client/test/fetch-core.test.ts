import createClient, { defaultPathSerializer, type Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createFetchCore } from "../src/fetch-core.js";
import { checkedPathSerializer } from "../src/path-params.js";
import { pathCase, query, queryOptions, seeded } from "./serializer-cases.js";

/**
 * The client's openapi-fetch style runs on `createFetchCore` (openapi-fetch's `createClient`
 * without the client-wide options no Missive option reaches, over the client's own serializers).
 * Each case runs on both with one recording fetch: the requests sent and the
 * `{ data, error, response }` read must be the same. openapi-fetch's side writes paths with its
 * own `defaultPathSerializer`, after the client's check of the ids.
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
      // A multipart body's boundary is random: the same form must read the same without it.
      const unbound = (text: string) => text.replace(/formdata-undici-\d+/g, "BOUNDARY");
      seen.push({
        method: request.method,
        url: request.url,
        headers: [...request.headers].map(([k, v]) => [k, unbound(v)] as [string, string]).sort(),
        body: unbound(await request.clone().text()),
        redirect: request.redirect,
        cache: request.cache,
        extra: (request as unknown as { extra?: unknown }).extra,
      });
      return answer();
    };
    const options = {
      baseUrl: "https://api.test/v1/",
      fetch,
      pathSerializer:
        factory === createClient
          ? (path: string, params: Record<string, unknown>) => {
              checkedPathSerializer(path, params);
              return defaultPathSerializer(path, params);
            }
          : checkedPathSerializer,
    };
    return { client: factory(options as never) as unknown as Any, seen };
  };
  return [
    make(createClient),
    make(((options: never) => createFetchCore(options)()) as unknown as typeof createClient),
  ] as const;
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

  it("sends the same URL for 400 seeded queries × querySerializer options and 300 seeded paths", async () => {
    const rng = seeded(2024);
    for (let i = 0; i < 400; i++) {
      const querySerializer = queryOptions(rng);
      const params = { query: query(rng) };
      await same(
        () => json({}),
        (c) => c.GET("/conversations", { params, ...(querySerializer && { querySerializer }) }),
      );
    }
    for (let i = 0; i < 300; i++) {
      const [template, path] = pathCase(rng);
      await same(
        () => json({}),
        (c) => c.GET(template, { params: { path } }),
      );
    }
    // Falsy serializer options mean the defaults; a query parameter may lead with "?".
    for (const querySerializer of [null, 0, "", false, {}, "x"]) {
      await same(
        () => json({}),
        (c) =>
          c.GET("/users", { params: { query: { "?a": [1, 2], b: { c: 1 } } }, querySerializer }),
      );
    }
    await same(
      () => json({}),
      (c) =>
        c.GET("/users/{id}", {
          params: { path: { id: "a b" } },
          pathSerializer: (path: string, values: Record<string, unknown>) =>
            `${path.replace("{id}", "own")}?${Object.keys(values)}`,
        }),
    );
    // A falsy per-request pathSerializer means the client's.
    for (const pathSerializer of [null, false, 0, ""]) {
      await same(
        () => json({}),
        (c) => c.GET("/users/{id}", { params: { path: { id: "u1" } }, pathSerializer }),
      );
    }
    await same(
      () => json({}),
      (c) => c.GET("/users", { params: null }),
    );
  });

  it("merges headers and serializes bodies as openapi-fetch: FormData, form-encoded, overrides, removals", async () => {
    const form = () => {
      const data = new FormData();
      data.append("file", new Blob(["bytes"], { type: "text/plain" }), "a.txt");
      data.append("note", "hé 🙂");
      return data;
    };
    const type = "application/x-www-form-urlencoded";
    const inits: Record<string, unknown>[] = [
      { body: form() },
      { body: form(), headers: { "Content-Type": "multipart/form-data" } },
      { body: { a: "1", b: "x&y" }, headers: { "Content-Type": type } },
      { body: { a: "1" }, params: { header: { "content-type": type } } },
      { body: { a: 1 }, headers: { "Content-Type": "text/plain" } },
      { body: { a: 1 }, headers: { "Content-Type": null } },
      { body: { a: 1 }, headers: new Headers({ "X-Trace": "t", Accept: "text/plain" }) },
      {
        body: { a: 1 },
        headers: { "x-list": ["1", "2"], "x-gone": "no", accept: undefined },
        params: { header: { "x-gone": null, "x-list": "3", "x-num": 5 } },
      },
      { body: null },
      { body: "text" },
      { body: () => "a function serializes to nothing" },
      {
        body: { a: 1 },
        headers: { "x-seen": "by the serializer" },
        params: { header: { "x-param": "too" } },
        bodySerializer: (body: unknown, headers: Headers) =>
          JSON.stringify({ body, headers: [...headers] }),
      },
      { body: { a: 1 }, bodySerializer: () => undefined },
      { body: { a: 1 }, bodySerializer: () => form() },
    ];
    for (const init of inits) {
      await same(
        () => json({ ok: 1 }),
        (c) => c.POST("/posts", init),
      );
    }
  });

  it("reads answers as openapi-fetch for every parseAs and the no-body rules", async () => {
    const text = async (r: Record<string, unknown>) => {
      const data = r.data as Blob | ReadableStream | FormData | undefined;
      if (data instanceof Blob) return { ...r, data: `blob:${await data.text()}` };
      if (data instanceof FormData) return { ...r, data: [...data] };
      if (data instanceof ReadableStream) return { ...r, data: await new Response(data).text() };
      return r;
    };
    const cases: [() => Response, (c: Any) => Promise<Record<string, unknown>>][] = [
      [() => new Response("blob body"), (c) => c.GET("/users", { parseAs: "blob" }).then(text)],
      [() => new Response("streamed"), (c) => c.GET("/users", { parseAs: "stream" }).then(text)],
      [
        () =>
          new Response("a=1&b=2", {
            headers: { "content-type": "application/x-www-form-urlencoded" },
          }),
        (c) => c.GET("/users", { parseAs: "formData" }).then(text),
      ],
      [
        () => new Response('{"with":"length"}', { headers: { "content-length": "17" } }),
        (c) => c.GET("/users"),
      ],
      [
        () => new Response("not json", { headers: { "content-length": "8" } }),
        (c) => c.GET("/users"),
      ],
      [() => new Response("not json"), (c) => c.GET("/users")],
      [
        () => new Response("", { status: 404, headers: { "content-length": "0" } }),
        (c) => c.GET("/users"),
      ],
      [() => new Response(null, { status: 404 }), (c) => c.HEAD("/users")],
      [() => new Response(null, { status: 204 }), (c) => c.GET("/users", { parseAs: "text" })],
      [
        () =>
          new Response('{"chunked":true}', {
            headers: { "content-length": "0", "transfer-encoding": "chunked" },
          }),
        (c) => c.GET("/users"),
      ],
      [
        () => new Response("", { status: 500, headers: { "transfer-encoding": "chunked" } }),
        (c) => c.GET("/users"),
      ],
      [
        () => new Response('"a string"', { status: 422 }),
        (c) => c.GET("/users", { parseAs: "blob" }),
      ],
      [() => new Response("ok"), (c) => c.GET("/users", { parseAs: "nonsense" })],
    ];
    for (const [answer, call] of cases) await same(answer, call);
  });

  it("hands middleware the same arguments, options and serializers, global ones before per-request ones", async () => {
    const log: unknown[] = [];
    const spy = (name: string): Middleware => ({
      onRequest(params) {
        const { options } = params;
        log.push(name, "req", Object.keys(params), Object.keys(options), Object.isFrozen(options));
        log.push(options.baseUrl, options.parseAs, typeof options.fetch, params.schemaPath);
        log.push(params.params, typeof params.id, params.id.length);
        log.push(options.querySerializer({ a: [1, 2], o: { k: "v w" } }));
        log.push(options.pathSerializer("/x/{id}/{.dot*}", { id: "a b", dot: ["c", "d"] }));
        log.push((options.bodySerializer as (b: unknown) => unknown)({ z: 1 }));
        return undefined;
      },
      onResponse(params) {
        log.push(name, "res", Object.keys(params), params.response.status);
        return undefined;
      },
      onError(params) {
        log.push(name, "err", Object.keys(params), String(params.error));
        return name === "first" ? json({ rescued: name }) : new Error(`${name} saw it`);
      },
    });
    for (const answer of [
      () => json({ a: 1 }),
      () => Promise.reject(new TypeError("fetch failed")),
    ]) {
      const [theirs, ours] = pair(answer);
      const results = [];
      for (const side of [theirs, ours]) {
        side.client.use(spy("first"), null as never, spy("second"));
        results.push(
          await settle(() =>
            side.client.GET("/users/{id}", {
              baseUrl: "https://per.request/v2/",
              params: { path: { id: "u 1" }, query: { q: ["x", "y"] } },
              querySerializer: { array: { style: "pipeDelimited", explode: false } },
              parseAs: "text",
              middleware: [spy("third"), {} as never, null as never],
            }),
          ),
        );
        log.push("--");
      }
      expect(results[1]).toEqual(results[0]);
      const half = log.length / 2;
      expect(log.slice(half)).toEqual(log.slice(0, half));
      expect(ours.seen).toEqual(theirs.seen);
      log.length = 0;
    }
  });

  it("uses a per-request fetch and Request, and copies unknown init keys onto the request", async () => {
    class TracedRequest extends Request {}
    const calls: string[] = [];
    await same(
      () => json({ base: 1 }),
      (c) =>
        c.GET("/users", {
          fetch: async (request: Request) => {
            calls.push(`${request.constructor.name} ${request.url}`);
            return json({ own: 1 });
          },
          Request: TracedRequest,
          priority: "high",
          extra: { kept: true },
        }),
    );
    expect(calls).toEqual([
      "TracedRequest https://api.test/v1/users",
      "TracedRequest https://api.test/v1/users",
    ]);
    const swap: Middleware = { onRequest: ({ request }) => new Request(request.url) };
    await same(
      () => json({}),
      (c) => c.GET("/users", { Request: TracedRequest, middleware: [swap] }),
    );
  });
});

import { createHash } from "node:crypto";
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  createMemoryRateLimitStore,
  createMissiveClient,
  MissingTokenError,
  type RateLimitStore,
} from "../src/index.js";
import { fakeClient, json, networkError, TOKEN } from "./helpers.js";

/** Everything a middleware hook can reach of the request, as text. */
const visible = (request: Request) =>
  JSON.stringify({ headers: [...request.headers], own: Object.entries(request), url: request.url });

describe("the token reaches only the wire", () => {
  it("no middleware hook (onRequest, onResponse, onError) ever sees the token", async () => {
    const seen: string[] = [];
    const { client, calls } = fakeClient(
      (_request, n) => {
        if (n === 1) return json({ users: [] });
        if (n === 2) return json({ error: "Not found" }, { status: 404 });
        throw networkError("ECONNREFUSED");
      },
      { maxRetries: 0 },
    );
    const spy: Middleware = {
      onRequest: ({ request }) => void seen.push(`request ${visible(request)}`),
      onResponse: ({ request, response }) =>
        void seen.push(`response ${visible(request)} ${JSON.stringify([...response.headers])}`),
      onError: ({ request, error }) => void seen.push(`error ${visible(request)} ${String(error)}`),
    };
    client.use(spy);
    await client.GET("/users");
    await client.GET("/users");
    await client.GET("/users").catch(() => {});
    await client
      .withToken("missive_pat-OTHER-user-token")
      .GET("/users")
      .catch(() => {});
    expect(seen.map((s) => s.split(" ")[0])).toEqual([
      "request",
      "response",
      "request",
      "response",
      "request",
      "error",
      "request",
      "error",
    ]);
    expect(seen.join("\n")).not.toContain(TOKEN);
    expect(seen.join("\n")).not.toContain("OTHER-user");
    expect(seen.join("\n").toLowerCase()).not.toContain("authorization");
    // …while every request on the wire carries its own.
    expect(calls.map((c) => c.headers.get("authorization"))).toEqual([
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
      `Bearer ${TOKEN}`,
      "Bearer missive_pat-OTHER-user-token",
    ]);
  });

  it("auth: false sends no Authorization header and needs no token", async () => {
    const saved = process.env.MISSIVE_API_TOKEN;
    delete process.env.MISSIVE_API_TOKEN;
    try {
      const seen: (string | null)[] = [];
      const missive = createMissiveClient({
        auth: false,
        baseUrl: "https://proxy.test/api/missive",
        fetch: async (request) => {
          seen.push(request.headers.get("authorization"));
          return json({ users: [] });
        },
      });
      await expect(missive.users.list()).resolves.toEqual([]);
      expect(seen).toEqual([null]);
      expect(() => createMissiveClient({ baseUrl: "https://x.test" })).toThrow(MissingTokenError);
    } finally {
      if (saved !== undefined) process.env.MISSIVE_API_TOKEN = saved;
    }
  });

  it("auth: a token is the same as token", async () => {
    const { client, calls } = fakeClient(() => json({ users: [] }), {
      token: undefined,
      auth: "missive_pat-from-auth",
    });
    await client.users.list();
    expect(calls[0]?.headers.get("authorization")).toBe("Bearer missive_pat-from-auth");
  });
});

describe("withToken: one client factory, several users", () => {
  it("concurrent calls with different tokens each go out with their own, never another's", async () => {
    const users = Array.from({ length: 6 }, (_, i) => `missive_pat-user-${i}-secret`);
    const { client } = fakeClient(async (request) => {
      // Answers out of order, so a token kept in shared state would get crossed.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
      return json({ users: [{ id: request.headers.get("authorization") }] });
    });
    const calls = Array.from({ length: 60 }, async (_, i) => {
      const token = users[i % users.length] as string;
      const asUser = client.withToken(token);
      const [viaResource] = await asUser.users.list();
      const { data } = await asUser.GET("/users");
      return { token, got: [viaResource?.id, data?.users[0]?.id] };
    });
    for (const { token, got } of await Promise.all(calls)) {
      expect(got).toEqual([`Bearer ${token}`, `Bearer ${token}`]);
    }
    // The parent keeps its own token.
    const [own] = await client.users.list();
    expect(own?.id).toBe(`Bearer ${TOKEN}`);
  });

  it("a view shares its parent's middleware list: use or eject on either reaches both", async () => {
    const { client, calls } = fakeClient(() => json({ users: [] }));
    const view = client.withToken("missive_pat-second");
    const seen: string[] = [];
    const spy = (name: string): Middleware => ({
      onRequest: () => void seen.push(name),
    });
    const [parentSpy, viewSpy] = [spy("parent"), spy("view")];
    client.use(parentSpy);
    view.use(viewSpy);
    await client.GET("/users");
    await view.users.list();
    view.eject(parentSpy);
    await client.GET("/users");
    client.eject(viewSpy);
    await view.GET("/users");
    expect(seen).toEqual(["parent", "view", "parent", "view", "view"]);
    // A view made later shares the same list too.
    client.use(parentSpy);
    await client.withToken("missive_pat-third").GET("/users");
    expect(seen.slice(5)).toEqual(["parent"]);
    expect(calls.map((c) => c.headers.get("authorization"))).toEqual([
      `Bearer ${TOKEN}`,
      "Bearer missive_pat-second",
      `Bearer ${TOKEN}`,
      "Bearer missive_pat-second",
      "Bearer missive_pat-third",
    ]);
  });

  it("a view's token wins over a per-request fetch, on every method and on request()", async () => {
    const { client, calls } = fakeClient(() => json({ users: [] }));
    const view = client.withToken("missive_pat-second");
    let bypassed = 0;
    const fetch = async () => {
      bypassed++;
      return json({ users: [] });
    };
    await view.GET("/users", { fetch });
    await view.request("get", "/users", { fetch });
    await view.POST("/drafts", { body: { drafts: { body: "x" } }, fetch } as never).catch(() => {});
    expect(bypassed).toBe(0);
    expect(calls.map((c) => [c.method, c.headers.get("authorization")])).toEqual([
      ["GET", "Bearer missive_pat-second"],
      ["GET", "Bearer missive_pat-second"],
      ["POST", "Bearer missive_pat-second"],
    ]);
  });

  it("refuses an empty token, and never puts a token in the error", () => {
    const { client } = fakeClient(() => json({}));
    expect(() => client.withToken("")).toThrow(MissingTokenError);
    let error: Error | undefined;
    try {
      client.withToken("missive_pat-has space");
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/whitespace/);
    expect(JSON.stringify({ ...error, message: error?.message })).not.toContain("has space");
  });

  it("each token has its own rate-limit scope: the hex SHA-256 of the token, never the token", async () => {
    const scopes: string[] = [];
    const memory = createMemoryRateLimitStore();
    const store: RateLimitStore = {
      tryAcquire: (scope, request) => {
        scopes.push(scope);
        return memory.tryAcquire(scope, request);
      },
      release: (scope, lease, at) => memory.release(scope, lease, at),
      pauseUntil: (scope, until) => memory.pauseUntil(scope, until),
    };
    const { client } = fakeClient(() => json({ users: [] }), { rateLimit: { store } });
    await client.users.list();
    await client.withToken("missive_pat-second").users.list();
    const sha = (token: string) => createHash("sha256").update(token).digest("hex");
    expect(scopes).toEqual([sha(TOKEN), sha("missive_pat-second")]);
  });
});

import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  createMissiveClient,
  MissingTokenError,
  MissiveError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  toMissiveError,
  UnexpectedStatusError,
  ValidationError,
} from "../src/index.js";
import { fakeClient, json, TOKEN } from "./helpers.js";

const request = { method: "GET", url: "https://api.test/v1/contacts?search=alice%40example.com" };

describe("typed errors", () => {
  it.each([
    [400, ValidationError],
    [422, ValidationError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
    [408, UnexpectedStatusError],
    [418, UnexpectedStatusError],
  ])("status %i → %o", (status, type) => {
    const error = toMissiveError(new Response(null, { status }), { error: "nope" }, request);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(MissiveError);
    expect(error.status).toBe(status);
    expect(error.serverMessage).toBe("nope");
  });

  it("says what failed and what to do, without the query string", () => {
    const error = toMissiveError(
      new Response(null, { status: 401 }),
      { error: "Invalid token" },
      request,
    );
    expect(error.message).toBe(
      'GET /v1/contacts failed with 401: "Invalid token". Check the API token (Missive → Settings → API); it may be missing, revoked or mistyped.',
    );
    expect(error.path).toBe("/v1/contacts");
    expect(error.message).not.toContain("alice");
  });

  it("ends every message with what to do for that status (5xx, 408, none for others)", () => {
    const said = (status: number) =>
      toMissiveError(new Response(null, { status }), undefined, request).message;
    expect(said(503)).toBe(
      "GET /v1/contacts failed with 503. Missive had a problem; try again later.",
    );
    expect(said(408)).toBe(
      "GET /v1/contacts failed with 408. Missive timed out reading the request; try again.",
    );
    expect(said(422)).toBe(
      "GET /v1/contacts failed with 422. Check the parameters and body against the Missive API docs.",
    );
    expect(said(418)).toBe("GET /v1/contacts failed with 418.");
  });

  it("resource methods throw them with method, path and redacted headers", async () => {
    const { client } = fakeClient(() =>
      json({ error: "Conversation not found" }, { status: 404, headers: { "x-request-id": "r1" } }),
    );
    const error = (await client.conversations.get("c1").catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, method: "GET", path: "/v1/conversations/c1" });
    expect(error.headers["x-request-id"]).toBe("r1");
  });

  it("never shows the token: not in errors, their JSON or inspection, nor in the client", async () => {
    const { client } = fakeClient(() =>
      json(
        { error: "Invalid token" },
        { status: 401, headers: { authorization: `Bearer ${TOKEN}` } },
      ),
    );
    const error = (await client.users.list().catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.headers.authorization).toBe("[redacted]");
    for (const text of [
      error.message,
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(Object.keys(client)),
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain("SECRET");
    }
  });

  it("redacts every credential header of the answer, and only those", () => {
    const headers = new Headers({
      "set-cookie": "session=abc",
      "proxy-authorization": "Basic xyz",
      cookie: "a=b",
      "x-cookie-count": "2",
    });
    const error = toMissiveError(new Response(null, { status: 500, headers }), undefined, request);
    expect(error.headers).toEqual({
      cookie: "[redacted]",
      "proxy-authorization": "[redacted]",
      "set-cookie": "[redacted]",
      "x-cookie-count": "2",
    });
  });

  it("redacts the token echoed by the server in any response header", async () => {
    const { client } = fakeClient(() =>
      json(
        { error: "Bad request" },
        {
          status: 400,
          headers: {
            "www-authenticate": `Bearer realm="missive", token="${TOKEN}"`,
            "x-debug-auth": `Bearer ${TOKEN}`,
          },
        },
      ),
    );
    const error = (await client.users.list().catch((e: unknown) => e)) as MissiveError;
    expect(error).toBeInstanceOf(MissiveError);
    expect(error.headers["x-debug-auth"]).toBe("Bearer [redacted]");
    expect(JSON.stringify(error)).not.toContain("SECRET");
    expect(inspect(error, { depth: 10 })).not.toContain("SECRET");
  });

  it("sends the token as a bearer token", async () => {
    const { client, calls } = fakeClient(() => json({ users: [] }));
    await client.users.list();
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("refuses to build a client without a token, before any request", () => {
    const previous = process.env.MISSIVE_API_TOKEN;
    delete process.env.MISSIVE_API_TOKEN;
    try {
      expect(() => createMissiveClient({ fetch: () => Promise.reject(new Error("sent")) })).toThrow(
        MissingTokenError,
      );
      expect(() => createMissiveClient()).toThrow(/MISSIVE_API_TOKEN/);
    } finally {
      if (previous !== undefined) process.env.MISSIVE_API_TOKEN = previous;
    }
  });

  it("reads MISSIVE_API_TOKEN from the environment", async () => {
    const previous = process.env.MISSIVE_API_TOKEN;
    process.env.MISSIVE_API_TOKEN = "env-token";
    try {
      const seen: string[] = [];
      const client = createMissiveClient({
        fetch: async (r) => {
          seen.push(r.headers.get("authorization") ?? "");
          return json({ users: [] });
        },
      });
      await client.users.list();
      expect(seen).toEqual(["Bearer env-token"]);
    } finally {
      if (previous === undefined) delete process.env.MISSIVE_API_TOKEN;
      else process.env.MISSIVE_API_TOKEN = previous;
    }
  });
});

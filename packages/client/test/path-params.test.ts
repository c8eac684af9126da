/**
 * #13 point 1: an id that would not stay in its path segment (`.`, `..`, `%2E%2E` in any case,
 * `""`, an empty id list, a missing id) is refused before any request, for every path
 * parameter of every operation of the generated table, in both call styles.
 */
import { describe, expect, it } from "vitest";
import { operationTable } from "../src/generated/operations.js";
import { InvalidPathParameterError, ValidationError } from "../src/index.js";
import { fakeClient } from "./helpers.js";

type Entry = (typeof operationTable)[number];
const withPath = operationTable.filter((entry) => entry.pathParams.length > 0);
const idsFromBody = (entry: Entry) =>
  entry.request?.list === true && entry.pathParams.length === 1 && entry.pathParams[0]?.list;

const hostile: unknown[] = [
  ".",
  "..",
  "%2E%2E",
  "%2e%2E",
  ".%2E",
  "%2e.",
  "%2e",
  "",
  "  ",
  undefined,
];
const hostileLists: unknown[] = [[], [".."], ["ok", ""], ["%2E%2E", "ok"]];

/** A client whose fetch records every request and answers 200 `{}`. */
function recordingClient() {
  // 204: no body to check, whatever the operation returns (an empty 200 where a list is due is an error).
  return fakeClient(() => new Response(null, { status: 204 }));
}

/** Calls an operation's resource method with `value` for `name` and valid values elsewhere. */
function callResource(
  client: ReturnType<typeof recordingClient>["client"],
  entry: Entry,
  name: string,
  value: unknown,
) {
  const ns = (client as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[
    entry.namespace
  ];
  const method = ns?.[entry.name];
  if (!method) throw new Error(`no ${entry.namespace}.${entry.name}`);
  if (idsFromBody(entry)) {
    const ids = Array.isArray(value) ? value : [value];
    return method(ids.map((id) => ({ id })));
  }
  const args: unknown[] = entry.pathParams.map((p) => (p.name === name ? value : "ok-id"));
  if (entry.request) args.push({});
  if (entry.query) args.push({});
  return method(...args);
}

describe("path parameters that would leave their segment are refused before any request", () => {
  it("covers every operation with a path parameter", () => {
    expect(withPath.length).toBeGreaterThan(15);
  });

  const cases = withPath.flatMap((entry) =>
    entry.pathParams.map(
      (param) => [`${entry.operationId} {${param.name}}`, entry, param] as const,
    ),
  );

  it.each(cases)("%s: resource method and %s", async (_label, entry, param) => {
    const values = param.list ? [...hostile, ...hostileLists] : hostile;
    for (const value of values) {
      const { client, calls } = recordingClient();
      const failure = await Promise.resolve()
        .then(() => callResource(client, entry, param.name, value))
        .catch((error: unknown) => error);
      expect(failure, `${entry.operationId} with ${JSON.stringify(value)}`).toBeInstanceOf(
        ValidationError,
      );
      expect(calls).toHaveLength(0);
    }
  });

  it.each(cases)("%s: openapi-fetch style (missive.request)", async (_label, entry, param) => {
    const values = param.list ? [...hostile, ...hostileLists] : hostile;
    for (const value of values) {
      const { client, calls } = recordingClient();
      const path = Object.fromEntries(
        entry.pathParams.map((p) => [p.name, p.name === param.name ? value : "ok-id"]),
      );
      const request = client.request as unknown as (
        method: string,
        url: string,
        init: unknown,
      ) => Promise<unknown>;
      const failure = await request(entry.method, entry.path, {
        params: { path, query: {} },
        body: {},
      }).catch((error: unknown) => error);
      expect(failure, `${entry.operationId} with ${JSON.stringify(value)}`).toBeInstanceOf(
        InvalidPathParameterError,
      );
      expect((failure as InvalidPathParameterError).parameter).toBe(param.name);
      expect(calls).toHaveLength(0);
    }
  });

  it("says which parameter and why", async () => {
    const { client } = recordingClient();
    const failure = await client.conversations.get("..").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidPathParameterError);
    expect((failure as Error).message).toMatch(
      /Path parameter "id" of \/v1\/conversations\/\{id\} is a dot segment/,
    );
    const empty = await client.responses.delete([]).catch((error: unknown) => error);
    expect((empty as Error).message).toMatch(/empty list of ids/);
  });

  it("ids that merely contain dots or encoded characters still go through, encoded", async () => {
    const { client, calls } = recordingClient();
    for (const id of ["...", "a.b", "..a", "%2E%2E%2E", "a/../b"])
      await client.conversations.get(id);
    expect(calls.map((call) => new URL(call.url).pathname)).toEqual([
      "/v1/conversations/...",
      "/v1/conversations/a.b",
      "/v1/conversations/..a",
      "/v1/conversations/%252E%252E%252E",
      "/v1/conversations/a%2F..%2Fb",
    ]);
  });
});

import { validateResponseBody } from "@missive-ts/sim";
import { describe, expect, inject, it } from "vitest";
import {
  AuthenticationError,
  createMissiveClient,
  type OperationEntry,
  operationTable,
} from "../src/index.js";
import { exampleArgs } from "./spec-examples.js";

/**
 * Every resource method against the Prism mock of the spec, with the spec's own examples as
 * arguments. Driven by the generated table: a new operation is covered without a new test.
 */
const missive = createMissiveClient({ token: "missive_pat-contract", baseUrl: inject("mockUrl") });
const namespaces = missive as unknown as Record<
  string,
  Record<string, (...args: unknown[]) => unknown>
>;

/** The spec's schema for the answer, checked on what the method resolved to (re-enveloped). */
function expectSpecShape(entry: OperationEntry, result: unknown): void {
  if (entry.response === null) throw new Error(`${entry.operationId} answers with no body`);
  const { status, envelope } = entry.response;
  const body = envelope === null ? result : { [envelope]: result };
  expect(validateResponseBody(entry.operationId, status, body)).toBeNull();
}

function argsFor(entry: OperationEntry, withBody: boolean): unknown[] {
  const { path, body, query } = exampleArgs(entry);
  if (withBody && entry.idsFromBody !== null) return [body];
  return [...path, ...(withBody && entry.request ? [body] : []), ...(entry.query ? [query] : [])];
}

describe("resource methods against the Prism mock", () => {
  it.each(operationTable.map((e) => [`${e.namespace}.${e.name}`, e] as const))(
    "%s",
    async (_, entry) => {
      const method = namespaces[entry.namespace]?.[entry.name];
      const result = await method?.(...argsFor(entry, true));
      if (entry.response === null) expect(result).toBeUndefined();
      else {
        expect(Array.isArray(result)).toBe(entry.response.list);
        expectSpecShape(entry, result);
      }
    },
  );

  it.each(
    operationTable
      .filter((e) => e.listAllName !== null)
      .map((e) => [`${e.namespace}.${e.listAllName}`, e] as const),
  )("%s", async (_, entry) => {
    const listAll = namespaces[entry.namespace]?.[entry.listAllName ?? ""];
    if (!listAll) throw new Error(`${entry.listAllName} is missing`);
    const args = argsFor(entry, false);
    const query = { ...(args.pop() as Record<string, unknown>) };
    delete query.until;
    delete query.offset;
    const items = await (listAll(...args, query) as { collect(): Promise<unknown[]> }).collect();
    expect(items.length).toBeGreaterThan(0);
  });

  it("analytics.run creates a report and fetches it", async () => {
    const create = operationTable.find((e) => e.operationId === "createAnalyticsReport");
    if (!create) throw new Error("createAnalyticsReport missing");
    const report = await missive.analytics.run(exampleArgs(create).body as never, {
      firstPollAfterMs: 0,
    });
    const get = operationTable.find((e) => e.operationId === "getAnalyticsReport");
    if (!get) throw new Error("getAnalyticsReport missing");
    expectSpecShape(get, report);
  });

  it("a request without a token is an AuthenticationError", async () => {
    const raw = await fetch(`${inject("mockUrl")}/users`);
    expect(raw.status).toBe(401);
    const anonymous = createMissiveClient({
      token: "x",
      baseUrl: inject("mockUrl"),
      fetch: (r) => {
        const h = new Headers(r.headers);
        h.delete("authorization");
        return fetch(new Request(r, { headers: h }));
      },
    });
    await expect(anonymous.users.list()).rejects.toBeInstanceOf(AuthenticationError);
  });
});

import { describe, expect, it } from "vitest";
import { compactLine, compactTable, pathParamNames } from "../src/compact-operation.js";
import { clientOperations } from "../src/generated/client-operations.js";
import { type OperationEntry, operationTable } from "../src/generated/operations.js";
import {
  createResources,
  InvalidResponseError,
  type MissiveError,
  paginationOf,
  type ResourceCore,
} from "../src/index.js";
import { resourcesOf } from "../src/resources.js";

type Init = Parameters<ResourceCore["request"]>[2];
type Methods = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

/** A core that records each request and answers with `answer()`. */
function recordingCore(answer: () => { data?: unknown; status: number }) {
  const sent: { method: string; path: string; init: Init }[] = [];
  const core: ResourceCore = {
    async request(method, path, init) {
      sent.push({ method, path, init });
      const { data, status } = answer();
      const response = new Response(null, { status });
      Object.defineProperty(response, "url", { value: `https://api.test/v1${path}` });
      return status < 300 ? { data, response } : { error: data, response };
    },
  };
  return { core, sent };
}

/** Arguments for a method of `entry`: ids objects, or path values, then body and query. */
function argsOf(entry: OperationEntry) {
  if (entry.idsFromBody)
    return { args: [[{ id: "a" }, { id: "b" }]], payload: [{ id: "a" }, { id: "b" }] };
  const args: unknown[] = entry.pathParams.map((p) => `${p.name}-value`);
  const payload = { field: 1 };
  if (entry.request) args.push(payload);
  if (entry.query) args.push({ limit: 3 });
  return { args, payload };
}

/**
 * The client runs on the compact table; the types, the CLI and the MCP server on the full one.
 * Both come from one `pnpm generate`: the compact one must say everything the methods need.
 */
describe("the compact operation table", () => {
  it("is the full table's lines, and path parameters are the path's in path order", () => {
    expect(clientOperations).toEqual(compactTable(operationTable));
    for (const entry of operationTable) {
      // Path parameters come from the path, in path order; listAll… from the name.
      expect(pathParamNames(entry.path)).toEqual(entry.pathParams.map((p) => p.name));
      const listAll = entry.pagination ? entry.name.replace(/^list/, "listAll") : null;
      expect(listAll).toBe(entry.listAllName);
    }
  });

  it("makes every method send what the full table says, and unwrap its answer", async () => {
    for (const entry of operationTable) {
      const label = `${entry.namespace}.${entry.name}`;
      const envelope = entry.response?.envelope;
      const { core, sent } = recordingCore(() => ({
        data: envelope ? { [envelope]: ["item"] } : ["item"],
        status: 200,
      }));
      const methods = resourcesOf(core, clientOperations) as unknown as Methods;
      const method = methods[entry.namespace]?.[entry.name];
      const { args, payload } = argsOf(entry);
      const result = await method?.(...args);
      expect(sent, label).toHaveLength(1);
      const [{ method: verb, path, init }] = sent as [(typeof sent)[0]];
      expect([verb, path], label).toEqual([entry.method, entry.path]);
      const pathValues = entry.idsFromBody
        ? { [entry.idsFromBody]: ["a", "b"] }
        : Object.fromEntries(entry.pathParams.map((p) => [p.name, `${p.name}-value`]));
      expect(init.params, label).toEqual({
        path: pathValues,
        query: entry.query ? { limit: 3 } : undefined,
      });
      const body = entry.request?.envelope ? { [entry.request.envelope]: payload } : payload;
      expect(init.body, label).toEqual(entry.request ? body : undefined);
      expect(result, label).toEqual(entry.response ? ["item"] : undefined);
      const listAll = methods[entry.namespace]?.[entry.name.replace(/^list/, "listAll")];
      if (entry.name.startsWith("list")) {
        expect(typeof listAll === "function", label).toBe(entry.pagination !== null);
      }
      expect(paginationOf(label), label).toEqual(entry.pagination ?? undefined);
    }
  });

  it("refuses an empty 200 where a list is due, and names the plans on a 403", async () => {
    for (const entry of operationTable) {
      const label = `${entry.namespace}.${entry.name}`;
      let status = 200;
      const { core } = recordingCore(() => ({ data: {}, status }));
      const methods = resourcesOf(core, clientOperations) as unknown as Methods;
      const call = () => methods[entry.namespace]?.[entry.name]?.(...argsOf(entry).args);
      if (entry.response?.list) {
        await expect(call(), label).rejects.toBeInstanceOf(InvalidResponseError);
      } else {
        await expect(call(), label).resolves.toEqual(
          entry.response?.envelope ? undefined : entry.response ? {} : undefined,
        );
      }
      status = 403;
      const error = (await call()?.catch((e: unknown) => e)) as MissiveError;
      const hint = entry.plans ? `needs the ${entry.plans.join(" or ")} plan` : "lacks access";
      expect(error.message, label).toContain(hint);
      if (!entry.plans) expect(error.message, label).not.toContain("needs the");
    }
  });

  it("writes a path elsewhere whole and names an envelope that is not the default; createResources reads it", async () => {
    const entry = {
      ...(operationTable.find((e) => e.operationId === "getResponse") as OperationEntry),
      path: "/canned/{id}",
      response: { status: 200, envelope: "responses", list: true },
      plans: ["Productive", "Business"],
    } as unknown as OperationEntry;
    expect(compactLine(entry)).toBe(
      "get ^/canned/{id} res=responses list plans=Productive/Business",
    );
    const { core, sent } = recordingCore(() => ({ data: { responses: [1] }, status: 200 }));
    const resources = createResources(core, [entry]) as unknown as Methods;
    await expect(resources.responses?.get?.("r1")).resolves.toEqual([1]);
    expect(sent[0]).toMatchObject({ method: "get", path: "/canned/{id}" });
  });

  it("gives the pagination of a list by its method (what the React hooks read)", () => {
    expect(paginationOf("contacts.list")).toEqual({ style: "offset", limit: 200 });
    expect(paginationOf("conversations.list")).toEqual({
      style: "until",
      cursor: "last_activity_at",
      limit: 50,
    });
    expect(paginationOf("conversations.listMessages")).toEqual({
      style: "until",
      cursor: "delivered_at",
      limit: 10,
    });
    expect(paginationOf("contacts.get")).toBeUndefined();
    expect(paginationOf("listContacts")).toBeUndefined();
    expect(paginationOf("contacts.list.x")).toBeUndefined();
  });
});

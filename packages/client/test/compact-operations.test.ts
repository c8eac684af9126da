import { describe, expect, it } from "vitest";
import {
  decodeOperation,
  operationOf,
  operationsOf,
  pageRule,
  pathParamNames,
} from "../src/compact-operation.js";
import { clientOperations } from "../src/generated/client-operations.js";
import { operationTable } from "../src/generated/operations.js";
import { paginationOf } from "../src/index.js";

/**
 * The client runs on the compact table; the types, the CLI and the MCP server on the full one.
 * Both come from one `pnpm generate`: the compact one must say everything the methods need.
 */
describe("the compact operation table", () => {
  it("is the full table without what the methods derive", () => {
    const byFn = (ops: { fn: string }[]) => [...ops].sort((a, b) => a.fn.localeCompare(b.fn));
    expect(byFn(operationsOf(clientOperations))).toEqual(byFn(operationTable.map(operationOf)));
    for (const entry of operationTable) {
      // Path parameters come from the path, in path order; listAll… from the name.
      expect(pathParamNames(entry.path)).toEqual(entry.pathParams.map((p) => p.name));
      const listAll = entry.pagination ? entry.name.replace(/^list/, "listAll") : null;
      expect(listAll).toBe(entry.listAllName);
    }
  });

  it("reads a line: the path after the namespace's or elsewhere, envelopes by default or named", () => {
    expect(decodeOperation("contactBooks", "list", "get  query res list page=offset/200")).toEqual({
      fn: "contactBooks.list",
      method: "get",
      path: "/contact_books",
      query: "contact_books",
      res: "contact_books",
      list: "contact_books",
      page: "offset/200",
    });
    const merge = decodeOperation(
      "conversations",
      "merge",
      "post /{id}/merge body= res=conversations",
    );
    expect(merge).toMatchObject({
      path: "/conversations/{id}/merge",
      body: "",
      res: "conversations",
    });
    const me = decodeOperation("users", "me", "get ^/me res plans=Productive/Business");
    expect(me).toMatchObject({ path: "/me", res: "me", plans: "Productive/Business" });
    expect(pageRule("offset/")).toEqual({ style: "offset", limit: null });
    expect(pageRule("until/10/delivered_at")).toEqual({
      style: "until",
      cursor: "delivered_at",
      limit: 10,
    });
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
  });
});

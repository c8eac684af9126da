import { describe, expect, it } from "vitest";
import { operationTable, ValidationError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

describe("resource methods", () => {
  it("exist for every operation of the table, plus listAll… for paginated lists", () => {
    const { client } = fakeClient(() => json({}));
    const namespaces = client as unknown as Record<string, Record<string, unknown>>;
    for (const entry of operationTable) {
      expect(typeof namespaces[entry.namespace]?.[entry.name], entry.operationId).toBe("function");
      if (entry.listAllName) {
        expect(typeof namespaces[entry.namespace]?.[entry.listAllName]).toBe("function");
      }
    }
    expect(operationTable).toHaveLength(42);
  });

  it("update takes the ids from the objects: one PATCH to /contacts/a,b", async () => {
    const { client, calls } = fakeClient(() => json({ contacts: [{ id: "a" }, { id: "b" }] }));
    const updated = await client.contacts.update([
      { id: "a", first_name: "Ann" },
      { id: "b", first_name: "Bob" },
    ]);
    expect(updated).toEqual([{ id: "a" }, { id: "b" }]);
    expect(calls[0]).toMatchObject({ method: "PATCH", url: "https://api.test/v1/contacts/a,b" });
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({
      contacts: [
        { id: "a", first_name: "Ann" },
        { id: "b", first_name: "Bob" },
      ],
    });
  });

  it("refuses objects without an id before sending", async () => {
    const { client, calls } = fakeClient(() => json({}));
    await expect(client.teams.update([{ name: "x" }] as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(calls).toHaveLength(0);
  });

  it("merge sends a bare body; delete of several responses joins the ids", async () => {
    const { client, calls } = fakeClient((r) =>
      r.method === "DELETE"
        ? new Response(null, { status: 200 })
        : json({ conversations: [{ id: "t" }] }),
    );
    await client.conversations.merge("src", { target: "t" });
    await client.responses.delete(["r1", "r2"]);
    expect(calls[0]).toMatchObject({
      method: "POST",
      url: "https://api.test/v1/conversations/src/merge",
    });
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({ target: "t" });
    expect(calls[1]).toMatchObject({
      method: "DELETE",
      url: "https://api.test/v1/responses/r1,r2",
    });
  });
});

import { operationMetadata } from "@missive-ts/schema";
import { describe, expect, it } from "vitest";
import { operationCatalogue, operationTable } from "../src/operations.js";

describe("operationCatalogue (@missive-ts/client/operations)", () => {
  it("joins every operation of the spec to its client entry, in the spec's order", () => {
    const catalogue = operationCatalogue();
    expect(catalogue.map((o) => o.operationId)).toEqual(
      operationMetadata.map((o) => o.operationId),
    );
    for (const op of catalogue) {
      expect(op.entry.operationId).toBe(op.operationId);
      expect(op.operation.operationId).toBe(op.operationId);
      expect(op.pathParams.map((p) => p.name)).toEqual(op.entry.pathParams.map((p) => p.name));
      expect(op.queryParams.every((p) => p.in === "query")).toBe(true);
    }
    expect(operationCatalogue()).toBe(catalogue); // joined once
  });

  it("names the PATCH operations whose ids come from the body, and only those", () => {
    const fromBody = operationTable
      .filter((e) => e.idsFromBody !== null)
      .map((e) => [e.operationId, e.idsFromBody]);
    expect(fromBody).toEqual([
      ["updateContacts", "id"],
      ["updateConversations", "id"],
      ["updateResponses", "id"],
      ["updateSharedLabels", "ids"],
      ["updateTeams", "ids"],
    ]);
    // Lists paginate without an `inclusive` flag: every `until` of the API is inclusive.
    for (const e of operationTable) expect(e.pagination ?? {}).not.toHaveProperty("inclusive");
  });
});

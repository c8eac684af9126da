import { describe, expect, it } from "vitest";
import { operationMetadata } from "../src/index.js";

const byId = new Map(operationMetadata.map((op) => [op.operationId as string, op]));
const get = (id: string) => {
  const op = byId.get(id);
  if (!op) throw new Error(`no operation ${id} in the metadata`);
  return op;
};

describe("operation metadata", () => {
  it("pages the until-based lists by the timestamp the docs name", () => {
    expect(get("listConversations").pagination).toEqual({
      style: "until",
      cursor: "last_activity_at",
      inclusive: true,
    });
    expect(get("listConversationMessages").pagination).toEqual({
      style: "until",
      cursor: "delivered_at",
      inclusive: true,
    });
    expect(get("listConversationDrafts").pagination).toEqual({
      style: "until",
      cursor: "delivered_at",
      inclusive: true,
    });
    expect(get("listConversationComments").pagination).toEqual({
      style: "until",
      cursor: "created_at",
      inclusive: true,
    });
    expect(get("listConversationPosts").pagination).toEqual({
      style: "until",
      cursor: "created_at",
      inclusive: true,
    });
    // Every until is inclusive (docs, List tasks; RECONCILIATION.md for the others).
    expect(get("listTasks").pagination).toEqual({
      style: "until",
      cursor: "last_activity_at",
      inclusive: true,
    });
  });

  it("pages the offset-based lists by offset, with their documented limits", () => {
    for (const id of [
      "listContacts",
      "listContactBooks",
      "listContactGroups",
      "listOrganizations",
      "listResponses",
      "listSharedLabels",
      "listTeams",
      "listUsers",
    ]) {
      const op = get(id);
      expect(op.pagination, id).toEqual({ style: "offset" });
      expect(
        op.params.find((p) => p.name === "limit"),
        id,
      ).toMatchObject({ default: 50, maximum: 200 });
      expect(
        op.params.find((p) => p.name === "offset"),
        id,
      ).toMatchObject({ default: 0, minimum: 0 });
    }
    expect(get("listConversations").params.find((p) => p.name === "limit")).toMatchObject({
      default: 25,
      maximum: 50,
    });
    expect(get("listTasks").params.find((p) => p.name === "limit")).toMatchObject({
      minimum: 2,
      maximum: 50,
    });
  });

  it("records the request envelope and whether it holds a list", () => {
    expect(get("createContacts").requestBody).toEqual({
      envelope: "contacts",
      list: true,
      required: true,
    });
    expect(get("createDraft").requestBody).toEqual({
      envelope: "drafts",
      list: false,
      required: true,
      // The docs: `organization` is required when using add_users or add_assignees.
      dependentRequired: { add_assignees: ["organization"], add_users: ["organization"] },
    });
    expect(get("updateTask").requestBody).toMatchObject({ envelope: "tasks", list: false });
    // Merge takes a bare {"target", "subject"}.
    expect(get("mergeConversations").requestBody).toMatchObject({ envelope: null });
  });

  it("marks comma-separated id paths as arrays", () => {
    for (const id of [
      "updateContacts",
      "updateResponses",
      "deleteResponses",
      "updateSharedLabels",
      "updateTeams",
    ]) {
      expect(
        get(id).params.find((p) => p.in === "path"),
        id,
      ).toMatchObject({ type: "array", required: true });
    }
    expect(get("getContact").params.find((p) => p.in === "path")).toMatchObject({ type: "string" });
  });

  it("gives every operation one tag and a summary", () => {
    for (const op of operationMetadata) {
      expect(op.tag, op.operationId).not.toBe("");
      expect(op.summary, op.operationId).not.toBe("");
    }
  });
});

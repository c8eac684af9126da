/**
 * The spec's cross-field rules as types where TypeScript can carry them without breaking
 * existing code: what the mock rejects at run time, TypeScript rejects at compile time.
 * Type-checked only (vitest typecheck); never run.
 */
import type { components } from "@missive-ts/schema";
import { describe, expectTypeOf, it } from "vitest";
import { createMissiveClient, type Message } from "../src/index.js";

const missive = createMissiveClient({ token: "t" });
const id = "6d3c9b1c-7067-4a28-8ea6-ea91340b67cc";

describe("conversations.update: the organization rule (dependentRequired)", () => {
  it("takes objects carrying their id, and answers the updated conversations", () => {
    expectTypeOf(missive.conversations.update([{ id, close: true }])).resolves.toEqualTypeOf<
      components["schemas"]["Conversation"][]
    >();
    // @ts-expect-error each object carries the id it updates
    missive.conversations.update([{ close: true }]);
  });

  it("needs organization with labels, assignees and users to add", () => {
    missive.conversations.update([{ id, organization: "o1", add_shared_labels: ["l1"] }]);
    missive.conversations.update([{ id, organization: "o1", add_assignees: ["u1"] }]);
    missive.conversations.update([{ id, organization: "o1", remove_assignees: ["u1"] }]);
    // @ts-expect-error add_shared_labels without organization
    missive.conversations.update([{ id, add_shared_labels: ["l1"] }]);
    // @ts-expect-error add_assignees without organization
    missive.conversations.update([{ id, add_assignees: ["u1"] }]);
    // @ts-expect-error add_users without organization
    missive.conversations.update([{ id, close: true, add_users: ["u1"] }]);
    // One object breaking the rule is enough.
    missive.conversations.update([
      { id, close: true },
      // @ts-expect-error remove_assignees without organization
      { id: "c2", remove_assignees: ["u1"] },
    ]);
  });

  it("needs team with add_to_team_inbox", () => {
    missive.conversations.update([{ id, add_to_team_inbox: true, team: "t1" }]);
    // @ts-expect-error add_to_team_inbox without team
    missive.conversations.update([{ id, add_to_team_inbox: true }]);
  });
});

describe("conversations.list: the contact filters", () => {
  it("are typed, on list and listAll", () => {
    missive.conversations.list({ inbox: true, email: "sam@fellowship.org" });
    missive.conversations.list({ inbox: true, contact_organization: "g1" });
    missive.conversations.listAll({ team_inbox: "t1", domain: "fellowship.org" });
    // @ts-expect-error a string, not a list
    missive.conversations.list({ inbox: true, domain: ["fellowship.org"] });
    // At most one of them is a run-time rule (the mock and Missive answer 400): as a type it
    // would break filters derived with Omit<…>, as @missive-ts/react derives its own.
    type Filter = Omit<NonNullable<Parameters<typeof missive.conversations.list>[0]>, "until">;
    const filter: Filter = { inbox: true, email: "sam@fellowship.org" };
    missive.conversations.list(filter);
  });
});

describe("messages.getMany", () => {
  it("takes ids and answers messages", () => {
    expectTypeOf(missive.messages.getMany(["m1", "m2"])).resolves.toEqualTypeOf<Message[]>();
    // @ts-expect-error ids, not a comma-joined string
    missive.messages.getMany("m1,m2");
  });
});

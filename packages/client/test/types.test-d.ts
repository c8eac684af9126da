import type { components } from "@missive-ts/schema";
import { describe, expectTypeOf, it } from "vitest";
import { createMissiveClient, type Paginator } from "../src/index.js";

type Schemas = components["schemas"];
const missive = createMissiveClient({ token: "t" });

describe("resource method types", () => {
  it("list methods return the unwrapped items", () => {
    expectTypeOf(missive.conversations.list).returns.resolves.toEqualTypeOf<
      Schemas["Conversation"][]
    >();
    missive.users.list();
    missive.users.list({ organization: "o1", limit: 10 });
    // @ts-expect-error not a parameter of this list
    missive.users.list({ inbox: true });
  });

  it("required query parameters are required", () => {
    // @ts-expect-error contact_book is required
    missive.contacts.list();
    // @ts-expect-error contact_book is required
    missive.contacts.list({});
    missive.contacts.list({ contact_book: "b1" });
  });

  it("update takes objects that each carry their id", () => {
    missive.contacts.update([{ id: "a", first_name: "Ann" }]);
    // @ts-expect-error every object needs its id
    missive.contacts.update([{ first_name: "Ann" }]);
    // @ts-expect-error the ids are not passed separately
    missive.contacts.update("a", [{ id: "a" }]);
  });

  it("get takes the id and returns the payload; POST may resolve undefined (empty 201)", () => {
    expectTypeOf(missive.conversations.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(missive.tasks.get).returns.resolves.toEqualTypeOf<Schemas["TaskDetail"]>();
    expectTypeOf(missive.drafts.create).returns.resolves.toEqualTypeOf<
      Schemas["Draft"] | undefined
    >();
    expectTypeOf(missive.drafts.delete).returns.resolves.toEqualTypeOf<undefined>();
  });

  it("listAll yields items and hides the cursor parameter", () => {
    expectTypeOf(missive.conversations.listAll).returns.toEqualTypeOf<
      Paginator<Schemas["Conversation"]>
    >();
    expectTypeOf(missive.conversations.listAllMessages).parameter(0).toEqualTypeOf<string>();
    // @ts-expect-error until is managed by the paginator
    missive.conversations.listAll({ until: 1 });
  });

  it("analytics.run resolves to the report", () => {
    expectTypeOf(missive.analytics.run).returns.resolves.toEqualTypeOf<
      Awaited<ReturnType<typeof missive.analytics.get>>
    >();
  });

  it("the openapi-fetch style stays typed by path", async () => {
    const { data } = await missive.GET("/conversations/{id}", { params: { path: { id: "c" } } });
    expectTypeOf(data).toExtend<Schemas["ConversationsResponse"] | undefined>();
  });
});

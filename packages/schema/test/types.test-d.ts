import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths, webhooks } from "../src/index.js";

type Schemas = components["schemas"];
type Json<Op extends keyof operations, Status extends number = 200> =
  operations[Op]["responses"] extends Record<
    Status,
    { content: { "application/json": infer Body } }
  >
    ? Body
    : never;

describe("generated types", () => {
  it("narrow a contact info by its kind", () => {
    const describeInfo = (info: Schemas["ContactInfo"]) => {
      if (info.kind === "facebook") return info.name; // facebook infos carry a name, not a value
      if (info.kind === "physical_address") return info.city;
      return info.value;
    };
    expectTypeOf(describeInfo).returns.toEqualTypeOf<string | undefined>();
  });

  it("type multi-id paths as arrays and single-id paths as strings", () => {
    expectTypeOf<operations["updateContacts"]["parameters"]["path"]["id"]>().toEqualTypeOf<
      string[]
    >();
    expectTypeOf<operations["deleteResponses"]["parameters"]["path"]["id"]>().toEqualTypeOf<
      string[]
    >();
    expectTypeOf<operations["getContact"]["parameters"]["path"]["id"]>().toEqualTypeOf<string>();
  });

  it("keep the documented envelopes: get-conversation is a list, get-message an object (or, for a batch, possibly a list)", () => {
    expectTypeOf<Json<"getConversation">["conversations"]>().toEqualTypeOf<
      Schemas["Conversation"][]
    >();
    expectTypeOf<Json<"getMessage">["messages"]>().toEqualTypeOf<
      Schemas["Message"] | Schemas["Message"][]
    >();
    expectTypeOf<operations["getMessage"]["parameters"]["path"]["id"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Json<"updateConversations">["conversations"]>().toEqualTypeOf<
      Schemas["Conversation"][]
    >();
    expectTypeOf<operations["mergeConversations"]["requestBody"]>()
      .exclude<undefined>()
      .toHaveProperty("content");
  });

  it("type timestamps as numbers and the guest-visible conversation fields as required", () => {
    expectTypeOf<Schemas["Conversation"]["last_activity_at"]>().toEqualTypeOf<number>();
    expectTypeOf<Schemas["Conversation"]["id"]>().toEqualTypeOf<string>();
  });

  it("require a notification on posts", () => {
    type NewPost = NonNullable<
      operations["createPost"]["requestBody"]
    >["content"]["application/json"]["posts"];
    expectTypeOf<NewPost["notification"]>().toEqualTypeOf<Schemas["PostNotification"]>();
    // Fields with a documented default (`reopen: true`) may be left out.
    expectTypeOf<{
      notification: { title: string; body: string };
      text: string;
    }>().toExtend<NewPost>();
  });

  it("type conversation list filters, with their enums and booleans", () => {
    type Query = NonNullable<paths["/conversations"]["get"]["parameters"]["query"]>;
    expectTypeOf<Query["inbox"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Query["email"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Query["domain"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Query["contact_organization"]>().toEqualTypeOf<string | undefined>();
    // The validation-only rule entry is not a parameter anyone sends.
    expectTypeOf<Query>().not.toHaveProperty("contact_filter");
    type TaskQuery = NonNullable<operations["listTasks"]["parameters"]["query"]>;
    expectTypeOf<TaskQuery["state"]>().toEqualTypeOf<
      "todo" | "in_progress" | "closed" | undefined
    >();
  });

  it("type the rule webhook payload", () => {
    type Payload = NonNullable<
      webhooks["ruleWebhook"]["post"]["requestBody"]
    >["content"]["application/json"];
    expectTypeOf<Payload["conversation"]>().toEqualTypeOf<Schemas["WebhookConversation"]>();
    expectTypeOf<Payload["latest_message"]>().toEqualTypeOf<
      Schemas["WebhookMessage"] | undefined
    >();
    expectTypeOf<Payload["comment"]>().toEqualTypeOf<Schemas["Comment"] | undefined>();
  });

  it("type the custom-channel outgoing webhook payload", () => {
    type Payload = NonNullable<
      webhooks["customChannelWebhook"]["post"]["requestBody"]
    >["content"]["application/json"];
    expectTypeOf<Payload["message"]>().toEqualTypeOf<Schemas["WebhookMessage"]>();
    expectTypeOf<Payload["conversation"]["organization"]>().toEqualTypeOf<
      Schemas["OrganizationSummary"] | null | undefined
    >();
  });

  it("type conversation updates: a multi-id path and one object per conversation", () => {
    expectTypeOf<operations["updateConversations"]["parameters"]["path"]["id"]>().toEqualTypeOf<
      string[]
    >();
    type Update = Schemas["ConversationUpdate"];
    expectTypeOf<{ id: string; close: true }>().toExtend<Update>();
    expectTypeOf<Update["add_shared_labels"]>().toEqualTypeOf<string[] | undefined>();
  });
});

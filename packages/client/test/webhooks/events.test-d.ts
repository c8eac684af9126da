import type { components } from "@missive-ts/schema";
import { describe, expectTypeOf, it } from "vitest";
import {
  createWebhookHandler,
  type MissiveWebhookEvent,
  type ParsedWebhook,
  parseWebhook,
  type RuleType,
} from "../../src/webhooks.js";

type Schemas = components["schemas"];

describe("webhook event types come from the spec", () => {
  it("parseWebhook: a rule event, a custom-channel message, or the validation request", () => {
    expectTypeOf(parseWebhook).returns.resolves.toEqualTypeOf<ParsedWebhook>();
    expectTypeOf<ParsedWebhook["kind"]>().toEqualTypeOf<"rule" | "custom_channel" | "validation">();
  });

  it("narrows on kind: rule events carry rule, conversation and latest_message", () => {
    const event = {} as MissiveWebhookEvent;
    if (event.kind === "rule") {
      expectTypeOf(event.rule.id).toEqualTypeOf<string>();
      expectTypeOf(event.rule.type).toEqualTypeOf<RuleType | undefined>();
      expectTypeOf(event.latest_message).toEqualTypeOf<Schemas["WebhookMessage"] | undefined>();
      expectTypeOf(event.conversation).toEqualTypeOf<Schemas["WebhookConversation"]>();
    } else {
      expectTypeOf(event.kind).toEqualTypeOf<"custom_channel">();
      expectTypeOf(event.message).toEqualTypeOf<Schemas["WebhookMessage"]>();
      expectTypeOf(event.conversation.id).toEqualTypeOf<string>();
    }
  });

  it("rule.type offers the documented trigger types and still takes any other", () => {
    expectTypeOf<"incoming_email">().toExtend<RuleType>();
    expectTypeOf<"label_change">().toExtend<RuleType>();
    expectTypeOf<"new_comment">().toExtend<RuleType>();
    expectTypeOf<"a_rule_type_from_the_app">().toExtend<RuleType>();
  });

  it("onEvent never sees the validation request", () => {
    createWebhookHandler({
      secret: "s",
      onEvent: (event) => {
        expectTypeOf(event).toEqualTypeOf<MissiveWebhookEvent>();
      },
    });
  });
});

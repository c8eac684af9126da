import type { components, webhooks } from "@missive-ts/schema";
import { InvalidJsonError } from "./errors.js";

type RequestBody<K extends keyof webhooks> = NonNullable<
  webhooks[K]["post"]
>["requestBody"]["content"]["application/json"];

/** What Missive POSTs when a rule with a webhook action fires (spec: `webhooks` → `ruleWebhook`). */
export type RuleWebhookPayload = RequestBody<"ruleWebhook">;

/** What Missive POSTs when someone sends from a custom channel (spec: `customChannelWebhook`). */
export type CustomChannelWebhookPayload = RequestBody<"customChannelWebhook">;

/**
 * A rule's trigger type: the hook types of `POST /hooks`, `label_change` (Missive's webhooks
 * page), or another type a rule made in the app carries (hence `string`, kept for completion).
 */
export type RuleType = components["schemas"]["HookCreate"]["type"] | "label_change" | (string & {});

/** A rule fired: the payload as Missive sent it, plus `kind`. Switch on `rule.type`. */
export type RuleWebhookEvent = Omit<RuleWebhookPayload, "rule"> & {
  kind: "rule";
  rule: Omit<RuleWebhookPayload["rule"], "type"> & { type?: RuleType };
};

/** A message sent from a custom channel, for your channel to deliver: the payload plus `kind`. */
export type CustomChannelWebhookEvent = CustomChannelWebhookPayload & { kind: "custom_channel" };

/** Every event a webhook delivers. Narrow with `kind`, then (rule events) `rule.type`. */
export type MissiveWebhookEvent = RuleWebhookEvent | CustomChannelWebhookEvent;

/**
 * The request Missive sends when a rule's webhook is saved, to check that the URL answers
 * (Webhooks › How to setup). Its shape is not documented; see `classifyPayload`.
 */
export interface WebhookValidationRequest {
  kind: "validation";
}

/** What `parseWebhook` returns: an event, or Missive's validation request. */
export type ParsedWebhook = MissiveWebhookEvent | WebhookValidationRequest;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Tells the payloads apart by their documented top-level keys: `rule` (rule webhook), else
 * `message` (custom channel). A signed object with neither carries no event: that is the
 * validation request (the docs do not give its shape, so anything without an event is
 * answered, and nothing runs for it).
 */
export function classifyPayload(text: string): ParsedWebhook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidJsonError(error instanceof Error ? error.message : String(error));
  }
  if (!isObject(json))
    throw new InvalidJsonError(`got ${Array.isArray(json) ? "an array" : typeof json}`);
  if (isObject(json.rule)) return { ...(json as RuleWebhookPayload), kind: "rule" };
  if (isObject(json.message))
    return { ...(json as CustomChannelWebhookPayload), kind: "custom_channel" };
  return { kind: "validation" };
}

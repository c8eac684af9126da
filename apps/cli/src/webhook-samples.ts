/**
 * Sample deliveries for `missive webhooks trigger`, built from the spec's own webhook examples
 * (`webhooks.ruleWebhook` and `webhooks.customChannelWebhook` in the bundled spec), so a sample
 * has exactly the documented shape: the label-change example is the one Missive's docs show.
 */
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

type Json = Record<string, unknown>;
interface WebhookSpec {
  post: {
    requestBody: { content: { "application/json": { examples: Record<string, { value: Json }> } } };
  };
}

/** Rule types with no example of their own are built from this one, `rule.type` set. */
const BASE_RULE_EXAMPLE = "incoming_email";
const CUSTOM_CHANNEL = "custom_channel";

interface Spec {
  webhooks: Record<string, WebhookSpec>;
  components: { schemas: { HookCreate: { properties: { type: { enum: string[] } } } } };
}
const spec = () => createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Spec;

function webhookExamples(name: "ruleWebhook" | "customChannelWebhook"): Json[] {
  const examples = spec().webhooks[name]?.post.requestBody.content["application/json"].examples;
  return Object.values(examples ?? {}).map((example) => example.value);
}

/** Rule examples by their `rule.type`. */
function ruleExamples(): Map<string, Json> {
  const byType = new Map<string, Json>();
  for (const value of webhookExamples("ruleWebhook")) {
    const type = (value.rule as Json | undefined)?.type;
    if (typeof type === "string" && !byType.has(type)) byType.set(type, value);
  }
  return byType;
}

/** Every event `trigger` knows, in the order `--help` and errors list them. */
export function sampleEvents(): string[] {
  // The hook types `POST /hooks` takes, and the types the spec's examples show.
  const hookTypes = spec().components.schemas.HookCreate.properties.type.enum;
  const types = new Set([...ruleExamples().keys(), ...hookTypes]);
  return [...[...types].sort(), CUSTOM_CHANNEL];
}

export interface Sample {
  body: Json;
  /** Set when the sample borrows another type's example: said on stderr. */
  note?: string;
}

/**
 * The sample for `event`, or `undefined` for an unknown one. The triggering message (or
 * comment) gets a fresh id each time, as each real delivery is about a new message, so a
 * receiver that drops repeated deliveries still takes the next sample.
 */
export function buildSample(event: string, conversation?: string): Sample | undefined {
  let sample: Sample | undefined;
  if (event === CUSTOM_CHANNEL) {
    const [example] = webhookExamples("customChannelWebhook");
    if (example) sample = { body: structuredClone(example) };
  } else if (sampleEvents().includes(event)) {
    const examples = ruleExamples();
    const own = examples.get(event);
    const base = own ?? examples.get(BASE_RULE_EXAMPLE);
    if (base) {
      const body = structuredClone(base);
      (body.rule as Json).type = event;
      sample = own
        ? { body }
        : {
            body,
            note: `The spec has no ${event} example: this is its ${BASE_RULE_EXAMPLE} example with rule.type ${event}.`,
          };
    }
  }
  if (!sample) return undefined;
  for (const key of ["latest_message", "message", "comment"]) {
    const item = sample.body[key] as Json | undefined;
    if (item && typeof item.id === "string") item.id = randomUUID();
  }
  const about = sample.body.conversation as Json | undefined;
  if (about) {
    if (conversation) about.id = conversation;
    // The spec's examples link to other conversations than their own id: a receiver that
    // follows web_url should land on the conversation the delivery is about.
    for (const link of ["web_url", "app_url"]) {
      if (typeof about[link] === "string") {
        about[link] = (about[link] as string).replace(/[^/]+$/, String(about.id));
      }
    }
  }
  return sample;
}

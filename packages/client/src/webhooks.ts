/**
 * `@missive-ts/client/webhooks`: receive Missive's webhooks in any runtime with `fetch` and Web
 * Crypto (Node 20+, Deno, Bun, Cloudflare Workers, Next.js route handlers, browsers). Nothing
 * here imports a Node built-in; the `(req, res)` adapter is `@missive-ts/client/webhooks/node`.
 */
export {
  createMemoryDedupeStore,
  type MemoryDedupeStoreOptions,
  type WebhookDedupeStore,
} from "./webhooks/dedupe-store.js";
export {
  InvalidJsonError,
  InvalidSignatureError,
  MissingSignatureError,
  PayloadTooLargeError,
  UnsupportedContentTypeError,
  WebhookError,
} from "./webhooks/errors.js";
export type {
  CustomChannelWebhookEvent,
  CustomChannelWebhookPayload,
  MissiveWebhookEvent,
  ParsedWebhook,
  RuleType,
  RuleWebhookEvent,
  RuleWebhookPayload,
  WebhookValidationRequest,
} from "./webhooks/events.js";
export {
  createWebhookHandler,
  type WebhookDedupeOptions,
  type WebhookDelivery,
  type WebhookHandler,
  type WebhookHandlerOptions,
} from "./webhooks/handler.js";
export {
  DEFAULT_MAX_BODY_BYTES,
  type ParseWebhookOptions,
  parseWebhook,
} from "./webhooks/parse-webhook.js";
export { signWebhookBody, verifyWebhookSignature } from "./webhooks/signature.js";

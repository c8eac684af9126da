/**
 * @missive-ts/client: a typed client for the Missive REST API, built on openapi-fetch.
 */
export type { RunReportOptions } from "./analytics.js";
export type {
  AttachmentSource,
  Attachments,
  DownloadedAttachment,
  DownloadOptions,
} from "./attachments.js";
export { checkBaseUrl } from "./base-url.js";
export { createMissiveClient, DEFAULT_BASE_URL, type MissiveClient } from "./client.js";
export {
  AuthenticationError,
  ConnectionError,
  InsecureBaseUrlError,
  InvalidPathParameterError,
  InvalidResponseError,
  MissingTokenError,
  MissiveError,
  type MissiveErrorDetails,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedStatusError,
  ValidationError,
} from "./errors.js";
export { type OperationEntry, operationTable } from "./generated/operations.js";
export {
  chunkIds,
  MAX_ID_CHARS_PER_REQUEST,
  MAX_IDS_PER_REQUEST,
  type Message,
} from "./messages-batch.js";
export type { MissiveClientOptions, MissiveLogger, RateLimitOptions } from "./options.js";
export {
  type OffsetStep,
  offsetStep,
  pageIds,
  type SeenIds,
  type UntilStep,
  untilStep,
} from "./page-step.js";
export {
  type PaginateOptions,
  type PaginationRule,
  type Paginator,
  paginate,
} from "./paginate.js";
export { paginationOf } from "./pagination-of.js";
export { pathParameterProblem } from "./path-params.js";
export { redactSecrets } from "./redact.js";
export type {
  ArgsOf,
  ItemOf,
  ListAllOptions,
  ListAllQuery,
  QueryOf,
  RequestOptions,
  RequestPayload,
  Resources,
  ResultOf,
} from "./resource-types.js";
export { createResources, type ResourceCore } from "./resources.js";
export { toMissiveError } from "./to-missive-error.js";
export { createMemoryRateLimitStore } from "./transport/memory-rate-limit-store.js";
export type {
  RateLimitGrant,
  RateLimitRequest,
  RateLimitStore,
  RateLimitWindow,
} from "./transport/rate-limit-store.js";
export { verifyWebhookSignature } from "./webhooks/signature.js";

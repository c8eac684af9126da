import type { paths } from "@missive-ts/schema";
import createClient, { type Client } from "openapi-fetch";
import { createRunReport, type RunReportOptions } from "./analytics.js";
import { type Attachments, createAttachments } from "./attachments.js";
import { checkBaseUrl } from "./base-url.js";
import { operationTable } from "./generated/operations.js";
import { createGetMany, type Message } from "./messages-batch.js";
import type { InternalOptions, MissiveClientOptions } from "./options.js";
import { checkedPathSerializer } from "./path-params.js";
import { createRateLimiter } from "./rate-limiter.js";
import type { RequestOptions, Resources } from "./resource-types.js";
import { createResources, type ResourceCore } from "./resources.js";
import { sleep as realSleep } from "./sleep.js";
import { resolveToken } from "./token.js";
import { createTransport, type SendAttempt } from "./transport.js";

type Analytics = Resources["analytics"];

/**
 * The Missive client: the openapi-fetch methods (`GET`, `POST`, `PATCH`, `DELETE`, `use`),
 * typed with the Missive `paths` and returning `{ data, error, response }`, plus one namespace
 * per resource (`conversations`, `contacts`, …) whose methods unwrap the answer and throw typed
 * errors.
 */
export type MissiveClient = Client<paths> &
  Omit<Resources, "analytics" | "messages"> & {
    messages: Resources["messages"] & {
      /**
       * Several messages by id, in as few requests as the URL allows (`GET /messages/a,b,…`,
       * at most 50 ids per request); resolves to the messages in the order of the ids.
       */
      getMany(ids: readonly string[], options?: RequestOptions): Promise<Message[]>;
    };
    /** Downloads message and comment attachments (without sending the token to the file host). */
    attachments: Attachments;
    analytics: Analytics & {
      /** Creates a report and polls until it is ready; resolves to the report. */
      run(
        body: Parameters<Analytics["create"]>[0],
        options?: RunReportOptions,
      ): Promise<Awaited<ReturnType<Analytics["get"]>>>;
    };
  };

export const DEFAULT_BASE_URL = "https://public.missiveapp.com/v1";

/**
 * Creates a Missive client. Throws `MissingTokenError` at once (before any request) when no
 * token is given and `MISSIVE_API_TOKEN` is not set, and `InsecureBaseUrlError` for a base URL
 * that would send the token in clear.
 *
 * @param internal test hooks (clock, sleep, randomness); not part of the public API.
 */
export function createMissiveClient(
  options: MissiveClientOptions = {},
  internal: InternalOptions = {},
): MissiveClient {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  checkBaseUrl(baseUrl, options.allowInsecureHttp === true);
  const token = resolveToken(options.token);
  const sleep = internal.sleep ?? realSleep;
  const now = internal.now ?? Date.now;
  const logger = options.logger;
  const limiter =
    options.rateLimit === false
      ? null
      : createRateLimiter(options.rateLimit ?? {}, { now, sleep, logger });
  const custom = options.fetch;
  // Without a custom fetch, hand fetch the URL and init: undici builds one Request instead of
  // copying ours (measured: a large share of the per-request overhead, see bench/).
  const send: SendAttempt = custom
    ? (url, init) => custom(new Request(url, init))
    : (url, init) => globalThis.fetch(url, init);
  const transport = createTransport({
    send,
    token,
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs ?? 60_000,
    totalTimeoutMs: options.totalTimeoutMs,
    maxRetries: options.maxRetries ?? 2,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 8_000,
    limiter,
    logger,
    sleep,
    now,
    random: internal.random ?? Math.random,
  });
  const api = createClient<paths>({
    baseUrl,
    fetch: transport,
    pathSerializer: checkedPathSerializer,
  });
  const core: ResourceCore = {
    request: (method, path, init) =>
      (api.request as unknown as ResourceCore["request"])(method, path, init),
    logger,
    // Offset pages at once: as many as the limiter lets through (Missive: 5 concurrent).
    pageConcurrency: options.rateLimit === false ? 5 : (options.rateLimit?.concurrent ?? 5),
  };
  const resources = createResources(core, operationTable);
  const analytics = Object.assign(resources.analytics, {
    run: createRunReport(resources.analytics, { sleep, now }),
  });
  const messages = Object.assign(resources.messages, {
    getMany: createGetMany(resources.messages),
  });
  const attachments = createAttachments(resources, send);
  return Object.assign(api, resources, { analytics, attachments, messages });
}

import type { paths } from "@missive-ts/schema";
import type { Client } from "openapi-fetch";
import { createRunReport, type RunReportOptions } from "./analytics.js";
import { type Attachments, createAttachments } from "./attachments.js";
import { checkBaseUrl } from "./base-url.js";
import { createFetchCore } from "./fetch-core.js";
import { isLocalBase } from "./file-host.js";
import { clientOperations } from "./generated/client-operations.js";
import { createGetMany, type Message } from "./messages-batch.js";
import type { InternalOptions, MissiveClientOptions } from "./options.js";
import { checkedPathSerializer } from "./path-params.js";
import type { RequestOptions, Resources } from "./resource-types.js";
import { type ResourceCore, resourcesOf } from "./resources.js";
import { resolveToken } from "./token.js";
import { createRateLimiter } from "./transport/rate-limiter.js";
import { sleep as realSleep } from "./transport/sleep.js";
import { createTransport, type SendAttempt } from "./transport/transport.js";
import { settingsOf } from "./validate-options.js";

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
    /**
     * The same client acting with another token: one server process serving several users.
     * It shares this client's options, middleware and rate-limit store (each token has its own
     * budget in it); the token stays in the returned client and never reaches the other one.
     */
    withToken(token: string): MissiveClient;
  };

export const DEFAULT_BASE_URL = "https://public.missiveapp.com/v1";

/**
 * Creates a Missive client. Throws `MissingTokenError` at once (before any request) when no
 * token is given and `MISSIVE_API_TOKEN` is not set (unless `auth: false`),
 * `InsecureBaseUrlError` for a base URL that would send the token in clear, and a
 * `MissiveError` for an invalid option.
 *
 * @param internal test hooks (clock, sleep, randomness); not part of the public API.
 */
export function createMissiveClient(
  options: MissiveClientOptions = {},
  internal: InternalOptions = {},
): MissiveClient {
  const settings = settingsOf(options);
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const allowInsecureHttp = options.allowInsecureHttp === true;
  const token = options.auth === false ? null : resolveToken(options.auth ?? options.token);
  // Only a token can leak over plain HTTP; a `withToken` view of a tokenless client checks then.
  if (token !== null) checkBaseUrl(baseUrl, allowInsecureHttp);
  const sleep = internal.sleep ?? realSleep;
  const now = internal.now ?? Date.now;
  const { logger, rateLimit } = options;
  const limits = rateLimit || {};
  const limiter = rateLimit !== false && createRateLimiter(limits, { now, sleep, logger });
  const custom = options.fetch;
  // Without a custom fetch, hand fetch the URL and init: undici builds one Request instead of
  // copying ours (measured: a large share of the per-request overhead, see bench/).
  const send: SendAttempt = custom
    ? (url, init) => custom(new Request(url, init))
    : (url, init) => globalThis.fetch(url, init);
  const transport = createTransport({
    ...settings,
    send,
    limiter,
    sleep,
    now,
    random: internal.random ?? Math.random,
  });
  const clientFor = createFetchCore<paths>({
    baseUrl,
    fetch: transport(token),
    pathSerializer: checkedPathSerializer,
  });
  const api = clientFor();

  /** Resource namespaces and `withToken`, over the client or a view (its `request` picks the token). */
  const extras = (view: Client<paths>) => {
    const core: ResourceCore = {
      request: view.request as unknown as ResourceCore["request"],
      logger,
      // Offset pages at once: as many as the limiter lets through (Missive: 5 concurrent).
      pageConcurrency: limits.concurrent ?? 5,
    };
    const resources = resourcesOf(core, clientOperations);
    const analytics = Object.assign(resources.analytics, {
      run: createRunReport(resources.analytics, { sleep, now }),
    });
    const messages = Object.assign(resources.messages, {
      getMany: createGetMany(resources.messages),
    });
    const attachments = createAttachments(resources, {
      ...settings,
      send,
      now,
      trusted: allowInsecureHttp || isLocalBase(baseUrl),
    });
    return { ...resources, analytics, attachments, messages, withToken };
  };

  function withToken(other: string): MissiveClient {
    const fetch = transport(resolveToken(other ?? ""));
    if (token === null) checkBaseUrl(baseUrl, allowInsecureHttp);
    const view = clientFor({ fetch });
    return Object.assign(view, extras(view));
  }

  return Object.assign(api, extras(api));
}

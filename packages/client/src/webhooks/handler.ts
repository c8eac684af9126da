import type { MissiveLogger } from "../options.js";
import { createMemoryDedupeStore, type WebhookDedupeStore } from "./dedupe-store.js";
import { WebhookError } from "./errors.js";
import type { MissiveWebhookEvent } from "./events.js";
import { type ParseWebhookOptions, secretList, verifyWebhookRequest } from "./parse-webhook.js";

/** One accepted delivery, as `onEvent` sees it. */
export interface WebhookDelivery {
  /** The delivery key used for dedupe (see `WebhookDedupeOptions.key`). */
  key: string;
  /** The body exactly as received. */
  rawBody: Uint8Array;
  /** When the handler accepted it (ms since epoch). */
  receivedAt: number;
}

export interface WebhookDedupeOptions {
  /** Where claimed keys live (default: this process's memory). */
  store?: WebhookDedupeStore | undefined;
  /** A repeat within this many ms of the first delivery is not run again (default 10 minutes). */
  windowMs?: number | undefined;
  /**
   * The delivery key. Default: the verified signature, i.e. the HMAC-SHA256 of the exact body.
   * Missive sends no delivery id; a repeat of a delivery carries the same bytes, and two
   * different events differ in their rule, conversation, message or timestamps.
   */
  key?: ((event: MissiveWebhookEvent, signature: string) => string) | undefined;
}

export interface WebhookHandlerOptions extends ParseWebhookOptions {
  /**
   * Runs once per accepted delivery, after the answer: its time does not count against
   * Missive's 15 s. A failure is logged and releases the delivery key.
   */
  onEvent: (event: MissiveWebhookEvent, delivery: WebhookDelivery) => unknown;
  /** The platform's way to keep work alive after the answer (Workers, Vercel, Netlify `context.waitUntil`). */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
  /** Dedupe: a store, options, or `false` to run every delivery (default: in memory, 10 minutes). */
  dedupe?: WebhookDedupeStore | WebhookDedupeOptions | false | undefined;
  /** Refusals → `warn`, `onEvent` failures → `error` (default `console`). Never gets bodies. */
  logger?: MissiveLogger | undefined;
  /** Clock in ms since epoch (default `Date.now`). */
  now?: (() => number) | undefined;
}

/** `(request) => Promise<Response>`, plus `idle()`: resolves when no `onEvent` is running. */
export interface WebhookHandler {
  (request: Request): Promise<Response>;
  idle(): Promise<void>;
}

const TEN_MINUTES = 10 * 60_000;

function answer(status: number, body: Record<string, unknown>, headers?: HeadersInit): Response {
  const response = Response.json(body, { status });
  for (const [name, value] of new Headers(headers)) response.headers.set(name, value);
  return response;
}

function dedupeOptions(dedupe: WebhookHandlerOptions["dedupe"]): WebhookDedupeOptions | undefined {
  if (dedupe === false) return undefined;
  if (dedupe && "claim" in dedupe) return { store: dedupe };
  return dedupe ?? {};
}

/**
 * A fetch-style receiver for Missive webhooks: verifies each request, answers 200 as soon as
 * it is accepted and runs `onEvent` after the answer (through `waitUntil` when given), once per
 * delivery within the dedupe window. 401 bad or missing signature, 413 over `maxBodyBytes`,
 * 415 not JSON, 400 not a JSON object, 405 not a POST; Missive's validation request gets 200.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  secretList(options.secret); // a missing secret fails here, at start-up, not on each delivery
  const logger = options.logger ?? console;
  const now = options.now ?? Date.now;
  const dedupe = dedupeOptions(options.dedupe);
  const store = dedupe && (dedupe.store ?? createMemoryDedupeStore({ now }));
  const keyOf = dedupe?.key ?? ((_event: MissiveWebhookEvent, signature: string) => signature);
  const running = new Set<Promise<void>>();

  async function run(event: MissiveWebhookEvent, delivery: WebhookDelivery): Promise<void> {
    try {
      await options.onEvent(event, delivery);
    } catch (error) {
      logger.error?.("Missive webhook: onEvent failed; the delivery key is released", {
        key: delivery.key,
        error,
      });
      if (store) await Promise.resolve(store.release(delivery.key)).catch(() => {});
    }
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method !== "POST")
      return answer(405, { error: "Missive delivers webhooks with POST." }, { Allow: "POST" });
    let verified: Awaited<ReturnType<typeof verifyWebhookRequest>>;
    try {
      verified = await verifyWebhookRequest(request, options);
    } catch (error) {
      if (!(error instanceof WebhookError)) {
        logger.error?.("Missive webhook: could not read the request", { error });
        return answer(500, { error: "The webhook receiver could not read the request." });
      }
      logger.warn?.(`Missive webhook refused (${error.status}): ${error.message}`);
      return answer(error.status, { error: error.message });
    }
    const { parsed, rawBody, signature } = verified;
    if (parsed.kind === "validation") return answer(200, { ok: true, validation: true });
    const key = keyOf(parsed, signature ?? "");
    if (store) {
      let first = true;
      try {
        first = await store.claim(key, dedupe?.windowMs ?? TEN_MINUTES);
      } catch (error) {
        // At least once: a store that is down must not lose the event.
        logger.error?.("Missive webhook: the dedupe store failed; running onEvent anyway", {
          error,
        });
      }
      if (!first) return answer(200, { ok: true, duplicate: true });
    }
    const delivery: WebhookDelivery = { key, rawBody, receivedAt: now() };
    // A macrotask later, so the answer is returned (and, with the Node adapter, written) first.
    const task = new Promise((resolve) => setTimeout(resolve, 0)).then(() => run(parsed, delivery));
    running.add(task);
    void task.finally(() => running.delete(task));
    try {
      options.waitUntil?.(task);
    } catch (error) {
      // The task runs anyway; only the platform's promise to wait for it is lost.
      logger.error?.("Missive webhook: waitUntil refused the task", { key, error });
    }
    return answer(200, { ok: true });
  }

  return Object.assign(handle, {
    async idle() {
      while (running.size > 0) await Promise.all(running);
    },
  });
}

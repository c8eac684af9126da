import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { createNodeWebhookHandler } from "../../src/webhooks/node.js";
import type { WebhookHandlerOptions } from "../../src/webhooks.js";
import { signWebhookBody } from "../../src/webhooks.js";

export const SECRET = "rule-secret-0123";

interface MediaExamples {
  content: Record<string, { examples?: Record<string, { value: unknown }> }>;
}

/**
 * Every request example of every webhook in the bundled spec, as the JSON text Missive would
 * send (pretty-printed, so a re-serialization by the receiver would not match the bytes).
 */
export function specDeliveries(): { webhook: string; example: string; body: string }[] {
  const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json");
  const hooks = (spec as { webhooks: Record<string, { post: { requestBody: MediaExamples } }> })
    .webhooks;
  return Object.entries(hooks).flatMap(([webhook, item]) =>
    Object.entries(item.post.requestBody.content["application/json"]?.examples ?? {}).map(
      ([example, { value }]) => ({ webhook, example, body: JSON.stringify(value, null, 2) }),
    ),
  );
}

/** Headers of a delivery signed with `secret` (Missive's: JSON, `sha256=<hex>`). */
export async function signed(body: string, secret = SECRET): Promise<Record<string, string>> {
  return {
    "content-type": "application/json",
    "x-hook-signature": await signWebhookBody(body, secret),
  };
}

/** A logger for tests that provoke refusals on purpose. */
export const quiet = { warn() {}, error() {} };

const running = new Set<RunningReceiver>();

/** Stops every receiver started by `startReceiver` (tests call it in `afterEach`). */
export async function stopReceivers(): Promise<void> {
  for (const receiver of running) await receiver.stop();
}

export interface RunningReceiver {
  url: string;
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The handler behind a real node:http server on 127.0.0.1, health-checked; stop() always. */
export async function startReceiver(options: WebhookHandlerOptions): Promise<RunningReceiver> {
  const listener = createNodeWebhookHandler(options);
  const server: Server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/missive`;
  const receiver: RunningReceiver = {
    url,
    idle: listener.idle,
    stop: () =>
      new Promise<void>((resolve) => {
        running.delete(receiver);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  running.add(receiver);
  const health = await fetch(url).catch(() => undefined);
  if (health?.status !== 405) {
    await receiver.stop();
    throw new Error(`the receiver did not come up (health check: ${health?.status})`);
  }
  return receiver;
}

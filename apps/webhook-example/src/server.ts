import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { MissiveClient, MissiveLogger } from "@missive-ts/client";
import { createNodeWebhookHandler } from "@missive-ts/client/webhooks/node";
import { type FileOutcome, fileEmailAsTask } from "./file-email-as-task.js";

export interface ExampleOptions {
  /** The rule's webhook secret. */
  secret: string;
  missive: MissiveClient;
  /** 0 (default) picks a free port. */
  port?: number | undefined;
  logger?: MissiveLogger | undefined;
  /** Told about each event's outcome (tests, logs). */
  onFiled?: ((outcome: FileOutcome, conversation: string) => void) | undefined;
}

export interface RunningExample {
  url: string;
  /** Resolves when every accepted delivery has been filed (or failed). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The example's HTTP server on 127.0.0.1: POST any path with a Missive rule delivery. */
export async function startExample(options: ExampleOptions): Promise<RunningExample> {
  const logger = options.logger ?? console;
  // One filing at a time per conversation: two deliveries of one email (another rule, changed
  // bytes) must not both find no task and both create one.
  const queues = new Map<string, Promise<unknown>>();
  const listener = createNodeWebhookHandler({
    secret: options.secret,
    logger,
    onEvent: async (event) => {
      const id = event.conversation.id;
      const previous = queues.get(id) ?? Promise.resolve();
      const filing = previous.catch(() => {}).then(() => fileEmailAsTask(options.missive, event));
      queues.set(id, filing);
      const outcome = await filing.finally(() => {
        if (queues.get(id) === filing) queues.delete(id);
      });
      logger.info?.(`conversation ${id}: ${outcome}`);
      options.onFiled?.(outcome, id);
    },
  });
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    idle: listener.idle,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await listener.idle(); // let accepted deliveries finish filing
    },
  };
}

/**
 * The `(req, res)` adapter against hostile senders, over raw sockets on 127.0.0.1 (issue 25's
 * leftover): a body over the cap, declared or chunked, gets its 413 and the connection is closed
 * without the rest being read; a body that drips gets 408 at `bodyTimeoutMs` and is closed; a
 * good delivery right after is answered. Served by node:http and by Express with no body parser
 * (the adapter reads the body itself in both).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { type RawClient, rawClient } from "@missive-ts/mock/raw-client";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  createNodeWebhookHandler,
  type NodeWebhookHandlerOptions,
} from "../../src/webhooks/node.js";
import type { MissiveWebhookEvent } from "../../src/webhooks.js";
import { quiet, SECRET, signed, specDeliveries } from "./deliveries.js";

const body = specDeliveries()[0]?.body ?? "";
if (!body) throw new Error("the spec has no webhook example");

/** `maxBodyBytes` here: small, so the chunked upload passes it quickly. */
const CAP = 1024 * 1024;
/** What the server may read past the cap: Node's socket reads (64 KiB) and the stream buffers. */
const SLACK = 256 * 1024;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<false>((r) => setTimeout(r, ms, false))]);

interface Receiver {
  port: number;
  url: string;
  events: MissiveWebhookEvent[];
  /** Bytes the server read from the connection whose client port is `port`. */
  readFrom(port: number): number;
  idle(): Promise<void>;
}

async function serve(
  kind: "node:http" | "express",
  options: Partial<NodeWebhookHandlerOptions> = {},
): Promise<Receiver> {
  const events: MissiveWebhookEvent[] = [];
  const listener = createNodeWebhookHandler({
    secret: SECRET,
    maxBodyBytes: CAP,
    onEvent: (event) => void events.push(event),
    logger: quiet,
    ...options,
  });
  let server: Server;
  if (kind === "express") {
    const app = express();
    app.post("/missive", listener); // no body parser: the adapter reads the stream
    server = createServer(app);
  } else server = createServer((req, res) => void listener(req, res));
  const sockets = new Map<number, Socket>();
  server.on("connection", (socket: Socket) => sockets.set(socket.remotePort ?? 0, socket));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  );
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/missive`;
  const health = await fetch(url);
  if (health.status !== (kind === "express" ? 404 : 405))
    throw new Error(`the receiver did not come up: ${health.status}`);
  return {
    port,
    url,
    events,
    readFrom: (client) => sockets.get(client)?.bytesRead ?? 0,
    idle: listener.idle,
  };
}

/**
 * A sender that writes `head`, then `chunk` after `chunk` (every `everyMs`, or as fast as the
 * socket takes them), up to `limit` bytes, whatever it is answered: it stops only when the
 * connection is gone.
 */
async function hostile(
  port: number,
  head: string,
  chunk: Uint8Array,
  limit: number,
  everyMs = 0,
): Promise<RawClient & { localPort: number }> {
  const client = await rawClient(port);
  cleanups.push(async () => client.socket.destroy());
  await client.write(head);
  void (async () => {
    while (client.sent() < limit && (await client.write(chunk))) {
      if (everyMs > 0) await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  // Read now: a closed socket no longer knows its port.
  return { ...client, localPort: client.socket.localPort ?? 0 };
}

const head = (port: number, extra: string) =>
  `POST /missive HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nX-Hook-Signature: sha256=${"0".repeat(64)}\r\n${extra}\r\n`;

const block = new Uint8Array(64 * 1024).fill(0x20);
const chunked = Buffer.concat([Buffer.from("10000\r\n"), block, Buffer.from("\r\n")]);

/** The sender got `status` with `Connection: close`, and the server closed within `ms`. */
async function expectClosedWith(client: RawClient, status: number, ms: number) {
  expect(await within(client.closed, ms), "closed by the server").toBe(true);
  expect(client.received()).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  expect(client.received()).toMatch(/\r\nconnection: close\r\n/i);
}

/** A good signed delivery, sent at once right after, is answered and run. */
async function expectGoodDeliveryAnswered(receiver: Receiver) {
  const response = await fetch(receiver.url, { method: "POST", body, headers: await signed(body) });
  expect(response.status).toBe(200);
  await receiver.idle();
  expect(receiver.events).toHaveLength(1);
}

describe.each(["node:http", "express"] as const)("%s, the adapter reading the body", (kind) => {
  it("answers 413 at once to a declared 1 GB body, with Connection: close, and closes without reading it", async () => {
    const receiver = await serve(kind);
    const client = await hostile(
      receiver.port,
      head(receiver.port, "Content-Length: 1073741824\r\n"),
      block,
      1024 ** 3,
    );
    await expectClosedWith(client, 413, 5_000);
    expect(client.received()).toMatch(/maxBodyBytes/);
    // Refused on its Content-Length: none of it is needed, only what came with the headers.
    expect(receiver.readFrom(client.localPort)).toBeLessThan(SLACK);
    await expectGoodDeliveryAnswered(receiver);
  });

  it("answers 413 to an endless chunked upload once it passes the cap, and closes the connection", async () => {
    const receiver = await serve(kind);
    const client = await hostile(
      receiver.port,
      head(receiver.port, "Transfer-Encoding: chunked\r\n"),
      chunked,
      256 * CAP,
    );
    await expectClosedWith(client, 413, 5_000);
    expect(receiver.readFrom(client.localPort)).toBeLessThan(CAP + SLACK);
    await expectGoodDeliveryAnswered(receiver);
  });

  it("answers 408 to a body that drips past bodyTimeoutMs, and closes the connection", async () => {
    const receiver = await serve(kind, { bodyTimeoutMs: 500 });
    const client = await hostile(
      receiver.port,
      head(receiver.port, "Content-Length: 1000\r\n"),
      new Uint8Array([0x20]),
      1000,
      100,
    );
    await expectClosedWith(client, 408, 3_000);
    expect(client.received()).toMatch(/bodyTimeoutMs/);
    expect(client.sent()).toBeLessThan(1000);
    await expectGoodDeliveryAnswered(receiver);
  });
});

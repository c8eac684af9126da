/**
 * The `(req, res)` adapter in the servers people mount it in: Express and Fastify on 127.0.0.1,
 * each with the raw body kept the way that framework keeps it.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { createNodeWebhookHandler } from "../../src/webhooks/node.js";
import type { MissiveWebhookEvent } from "../../src/webhooks.js";
import { SECRET, signed, specDeliveries } from "./deliveries.js";

const [first] = specDeliveries();
if (!first) throw new Error("the spec has no webhook example");

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function receiverFor() {
  const events: MissiveWebhookEvent[] = [];
  const errors: unknown[] = [];
  const listener = createNodeWebhookHandler({
    secret: SECRET,
    onEvent: (event) => void events.push(event),
    logger: { warn() {}, error: (...args) => void errors.push(args) },
  });
  return { events, listener };
}

async function listenExpress(app: express.Express): Promise<string> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, "127.0.0.1", (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  stops.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/missive`;
}

async function listenFastify(app: FastifyInstance): Promise<string> {
  stops.push(() => app.close());
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return `${address}/missive`;
}

async function deliver(url: string, body = first?.body ?? "", secret = SECRET) {
  return fetch(url, { method: "POST", body, headers: await signed(body, secret) });
}

describe("Express", () => {
  it("works mounted with no body parser (the adapter reads the stream)", async () => {
    const { events, listener } = receiverFor();
    const app = express();
    app.post("/missive", listener);
    const url = await listenExpress(app);
    expect((await deliver(url)).status).toBe(200);
    expect((await deliver(url, first.body, "wrong")).status).toBe(401);
    await listener.idle();
    expect(events.map((e) => e.kind)).toEqual(["rule"]);
  });

  it("works after express.raw() (the raw Buffer in req.body)", async () => {
    const { events, listener } = receiverFor();
    const app = express();
    app.post("/missive", express.raw({ type: "application/json" }), listener);
    const url = await listenExpress(app);
    expect((await deliver(url)).status).toBe(200);
    await listener.idle();
    expect(events).toHaveLength(1);
  });

  it("after a body parser that skipped the request (`req.body = {}`, as Express 4's): reads the stream", async () => {
    const { events, listener } = receiverFor();
    const app = express();
    // body-parser 1.x (Express 4) sets `req.body = {}` on every request it does not parse:
    // one without a body (Missive's validation request) or of another content type.
    app.use((req, _res, next) => {
      req.body ??= {};
      next();
    });
    app.post("/missive", express.raw({ type: "application/json" }), listener);
    const url = await listenExpress(app);
    const validation = await fetch(url, { method: "POST" });
    expect(validation.status).toBe(200);
    expect(await validation.json()).toEqual({ ok: true, validation: true });
    const headers = { ...(await signed(first.body)), "content-type": "text/plain" };
    const plain = await fetch(url, { method: "POST", body: first.body, headers });
    expect(plain.status).toBe(415);
    expect((await deliver(url)).status).toBe(200);
    await listener.idle();
    expect(events).toHaveLength(1);
  });

  it("refuses with 500 and says what to change after express.json() (the raw bytes are gone)", async () => {
    const { events, listener } = receiverFor();
    const app = express();
    app.use(express.json());
    app.post("/missive", listener);
    const url = await listenExpress(app);
    const response = await deliver(url);
    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatch(/express\.raw/);
    expect(events).toEqual([]);
  });
});

describe("Fastify", () => {
  it("works with a buffer parser for application/json", async () => {
    const { events, listener } = receiverFor();
    const app = Fastify();
    app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) =>
      done(null, body),
    );
    app.post("/missive", (request, reply) => listener(request, reply));
    const url = await listenFastify(app);
    const ok = await deliver(url);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    expect((await deliver(url, first.body, "wrong")).status).toBe(401);
    await listener.idle();
    expect(events).toHaveLength(1);
  });
});

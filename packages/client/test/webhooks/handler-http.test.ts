/**
 * createWebhookHandler behind a real node:http server on 127.0.0.1, fed deliveries built from
 * the spec's webhook examples and signed as Missive signs them.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { MissiveWebhookEvent, WebhookHandlerOptions } from "../../src/webhooks.js";
import {
  quiet,
  type RunningReceiver,
  SECRET,
  signed,
  specDeliveries,
  startReceiver,
  stopReceivers,
} from "./deliveries.js";

const deliveries = specDeliveries();
const [first] = deliveries;
if (!first) throw new Error("the spec has no webhook example");
let receiver: RunningReceiver | undefined;
afterEach(stopReceivers);

async function start(options: Partial<WebhookHandlerOptions> = {}) {
  const events: MissiveWebhookEvent[] = [];
  receiver = await startReceiver({
    secret: SECRET,
    onEvent: (event) => void events.push(event),
    logger: quiet,
    ...options,
  });
  return { events, url: receiver.url, receiver };
}

const post = (url: string, body: string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", body, headers });

describe("signed deliveries from the spec's examples", () => {
  it.each(deliveries)(
    "$webhook / $example: 200, then onEvent gets the typed event",
    async ({ body }) => {
      const { events, url, receiver } = await start();
      const response = await post(url, body, await signed(body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
      await receiver.idle();
      expect(events).toHaveLength(1);
      const sent = JSON.parse(body);
      const event = events[0];
      if (event?.kind === "rule") expect(event.rule).toEqual(sent.rule);
      else expect(event?.message).toEqual(sent.message);
      expect(event?.conversation).toEqual(sent.conversation);
    },
  );

  it("accepts the signature with and without sha256=, in lower and upper case hex", async () => {
    const { events, url, receiver } = await start({ dedupe: false });
    const signature = (await signed(first.body))["x-hook-signature"] as string;
    const hex = signature.slice("sha256=".length);
    for (const header of [signature, hex, hex.toUpperCase(), `sha256=${hex.toUpperCase()}`]) {
      const response = await post(url, first.body, {
        "content-type": "application/json; charset=utf-8",
        "x-hook-signature": header,
      });
      expect(response.status, header).toBe(200);
    }
    await receiver.idle();
    expect(events).toHaveLength(4);
  });
});

describe("refusals", () => {
  it("401 for a tampered body, a wrong secret, a missing or malformed header; onEvent never runs", async () => {
    const { events, url } = await start();
    const headers = await signed(first.body);
    const tampered = first.body.replace(/"id": "/, '"id": "x');
    expect(tampered).not.toBe(first.body);
    const cases: [string, Record<string, string>][] = [
      [tampered, headers],
      [first.body, await signed(first.body, "not-the-secret")],
      [first.body, { "content-type": "application/json" }],
      [first.body, { ...headers, "x-hook-signature": "sha256=" }],
      [first.body, { ...headers, "x-hook-signature": "sha256=zz" }],
      // The bytes matter: the same JSON re-serialized does not carry the signature.
      [JSON.stringify(JSON.parse(first.body)), headers],
    ];
    for (const [body, sent] of cases) {
      const response = await post(url, body, sent);
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatch(/X-Hook-Signature/);
    }
    expect(events).toEqual([]);
  });

  it("413 for a body over maxBodyBytes, declared or streamed, without reading past the cap", async () => {
    const { events, url } = await start({ maxBodyBytes: 1024 });
    const big = JSON.stringify({
      rule: { id: "r", type: "incoming_email" },
      pad: "x".repeat(4096),
    });
    const declared = await post(url, big, await signed(big));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatch(/maxBodyBytes/);
    // No Content-Length: a stream that never ends. The answer comes at the cap anyway.
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(512).fill(32)),
    });
    const streamed = await fetch(url, {
      method: "POST",
      body: endless,
      headers: await signed(big),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(events).toEqual([]);
  });

  it("415 for a signed body that is not declared JSON, 400 for one that is not a JSON object", async () => {
    const { events, url } = await start();
    const asText = await post(url, first.body, {
      ...(await signed(first.body)),
      "content-type": "text/plain",
    });
    expect(asText.status).toBe(415);
    for (const body of ["{not json", "[1,2]", '"text"']) {
      const response = await post(url, body, await signed(body));
      expect(response.status, body).toBe(400);
    }
    expect(events).toEqual([]);
  });

  it("405 with Allow: POST for other methods", async () => {
    const { url } = await start();
    const response = await fetch(url, { method: "PUT", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

describe("Missive's validation request (sent when a rule is saved)", () => {
  it("answers 200 to an empty body, signed or not, and to a signed object with no event; onEvent never runs", async () => {
    const { events, url } = await start();
    for (const [body, headers] of [
      ["", {}],
      ["", await signed("")],
      ["{}", await signed("{}")],
    ] as const) {
      const response = await post(url, body, headers);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, validation: true });
    }
    // Unsigned content is not a validation request: it is refused like any unsigned delivery.
    expect((await post(url, "{}", { "content-type": "application/json" })).status).toBe(401);
    expect(events).toEqual([]);
  });
});

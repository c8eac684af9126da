/**
 * The two promises of the handler that Missive's 15 s limit and its repeats depend on: the
 * answer does not wait for onEvent, and a repeated delivery runs onEvent once.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { WebhookDedupeStore, WebhookHandlerOptions } from "../../src/webhooks.js";
import { createMemoryDedupeStore, createWebhookHandler } from "../../src/webhooks.js";
import {
  quiet,
  type RunningReceiver,
  SECRET,
  signed,
  specDeliveries,
  startReceiver,
  stopReceivers,
} from "./deliveries.js";

const [first, second] = specDeliveries();
if (!first || !second) throw new Error("the spec needs two webhook examples");
let receiver: RunningReceiver | undefined;
afterEach(stopReceivers);

async function deliver(url: string, body: string) {
  return fetch(url, { method: "POST", body, headers: await signed(body) });
}

describe("the answer does not wait for onEvent", () => {
  it("acks in well under a second while an onEvent of 20 s is still running", async () => {
    // onEvent "takes 20 s": it ends only when the test resolves it, which it does after the
    // answer arrived, so the 20 s never have to pass on the wall clock.
    let finish!: () => void;
    const twentySeconds = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const progress: string[] = [];
    receiver = await startReceiver({
      secret: SECRET,
      logger: quiet,
      onEvent: async () => {
        progress.push("started");
        await twentySeconds;
        progress.push("finished");
      },
    });
    const headers = await signed(first.body);
    const sent = performance.now();
    const response = await fetch(receiver.url, { method: "POST", body: first.body, headers });
    await response.arrayBuffer();
    const ackMs = performance.now() - sent;
    console.info(`webhook ack latency with onEvent pending: ${ackMs.toFixed(1)} ms`);
    expect(response.status).toBe(200);
    expect(ackMs).toBeLessThan(1000);
    await expect.poll(() => progress).toEqual(["started"]);
    finish();
    await receiver.idle();
    expect(progress).toEqual(["started", "finished"]);
  });

  it("hands the work to waitUntil, after the answer is returned", async () => {
    const handed: Promise<unknown>[] = [];
    const ran: string[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      waitUntil: (promise) => void handed.push(promise),
      onEvent: () => void ran.push("onEvent"),
    });
    const request = new Request("http://receiver/", {
      method: "POST",
      body: first.body,
      headers: await signed(first.body),
    });
    const response = await handler(request);
    ran.push("answered");
    expect(response.status).toBe(200);
    expect(handed).toHaveLength(1);
    await handed[0];
    expect(ran).toEqual(["answered", "onEvent"]);
  });

  it("still answers 200 and runs onEvent when waitUntil throws (called too late, say)", async () => {
    const ran: string[] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      logger: quiet,
      waitUntil: () => {
        throw new Error("waitUntil after the response");
      },
      onEvent: () => void ran.push("onEvent"),
    });
    const body = first.body;
    const response = await handler(
      new Request("http://r/", { method: "POST", body, headers: await signed(body) }),
    );
    expect(response.status).toBe(200);
    await handler.idle();
    expect(ran).toEqual(["onEvent"]);
  });

  it("logs an onEvent failure (not the body), and the answer was already 200", async () => {
    const errors: unknown[][] = [];
    const handler = createWebhookHandler({
      secret: SECRET,
      logger: { error: (...args) => void errors.push(args) },
      onEvent: () => {
        throw new Error("CRM down");
      },
    });
    const body = first.body;
    const response = await handler(
      new Request("http://r/", { method: "POST", body, headers: await signed(body) }),
    );
    expect(response.status).toBe(200);
    await handler.idle();
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.[0])).toMatch(/onEvent failed/);
    expect(JSON.stringify(errors)).not.toContain("conversation");
  });
});

describe("a repeated delivery runs onEvent once", () => {
  async function startCounting(options: Partial<WebhookHandlerOptions> = {}) {
    const keys: string[] = [];
    receiver = await startReceiver({
      secret: SECRET,
      logger: quiet,
      onEvent: (_event, delivery) => void keys.push(delivery.key),
      ...options,
    });
    return keys;
  }

  it("once for a replay, once more for a different event; the replay is still answered 200", async () => {
    const keys = await startCounting();
    const url = receiver?.url ?? "";
    const answers = [];
    for (const body of [first.body, first.body, second.body, first.body])
      answers.push(await (await deliver(url, body)).json());
    expect(answers).toEqual([
      { ok: true },
      { ok: true, duplicate: true },
      { ok: true },
      { ok: true, duplicate: true },
    ]);
    await receiver?.idle();
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
  });

  it("once for concurrent repeats", async () => {
    const keys = await startCounting();
    const url = receiver?.url ?? "";
    const statuses = await Promise.all(
      Array.from({ length: 8 }, async () => (await deliver(url, first.body)).status),
    );
    expect(statuses).toEqual(Array(8).fill(200));
    await receiver?.idle();
    expect(keys).toHaveLength(1);
  });

  it("again after the window, and again after onEvent failed (the key is released)", async () => {
    let clock = 1_000_000;
    const calls: string[] = [];
    let fail = true;
    const handler = createWebhookHandler({
      secret: SECRET,
      logger: quiet,
      now: () => clock,
      dedupe: { windowMs: 60_000 },
      onEvent: () => {
        calls.push("run");
        if (fail) throw new Error("first attempt fails");
      },
    });
    const send = async () =>
      handler(
        new Request("http://r/", {
          method: "POST",
          body: first.body,
          headers: await signed(first.body),
        }),
      );
    await send();
    await handler.idle();
    fail = false;
    await send(); // released after the failure: runs again
    await send(); // within the window: a repeat
    await handler.idle();
    expect(calls).toEqual(["run", "run"]);
    clock += 60_001;
    await send();
    await handler.idle();
    expect(calls).toEqual(["run", "run", "run"]);
  });

  it("uses the store it is given, and the key function", async () => {
    const claimed: string[] = [];
    const memory = createMemoryDedupeStore();
    const store: WebhookDedupeStore = {
      claim: async (key, windowMs) => {
        claimed.push(key);
        return memory.claim(key, windowMs);
      },
      release: (key) => memory.release(key),
    };
    const keys = await startCounting({
      dedupe: {
        store,
        key: (event) => (event.kind === "rule" ? `rule:${event.rule.id}` : "other"),
      },
    });
    await deliver(receiver?.url ?? "", first.body);
    await receiver?.idle();
    expect(claimed).toEqual([`rule:${JSON.parse(first.body).rule.id}`]);
    expect(keys).toEqual(claimed);
  });

  it("runs every delivery with dedupe: false", async () => {
    const keys = await startCounting({ dedupe: false });
    for (let i = 0; i < 3; i++) await deliver(receiver?.url ?? "", first.body);
    await receiver?.idle();
    expect(keys).toHaveLength(3);
  });
});

/**
 * Webhook ack latency: how long Missive waits for its 200. The same signed deliveries (the
 * spec's first rule-webhook example, one distinct delivery per request so dedupe never short-
 * cuts) over real HTTP, sequentially, to two node:http servers on 127.0.0.1:
 * - baseline: reads the body and answers 200, verifying nothing;
 * - `createNodeWebhookHandler`: verifies the signature, parses, claims the dedupe key and
 *   answers, while every `onEvent` so far is still running (they end after the measurement).
 * Interleaved rounds, so drift hits both alike. Goal: the handler's p99 well under Missive's
 * 15 s (≤ 100 ms here), and its mean within 2× the bare answer.
 */
import { createServer, type RequestListener } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { signWebhookBody } from "@missive-ts/client/webhooks";
import { createNodeWebhookHandler } from "@missive-ts/client/webhooks/node";
import { fixed, printTable, summarize } from "./stats.ts";

const SECRET = "bench-secret";
const WARMUP = 200;
const ROUNDS = 10;
const PER_ROUND = 100;

async function serve(listener: RequestListener) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function deliveries(count: number): Promise<{ body: string; signature: string }[]> {
  const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json");
  const examples = spec.webhooks.ruleWebhook.post.requestBody.content["application/json"].examples;
  const example = (Object.values(examples)[0] as { value: { rule: { id: string } } }).value;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const body = JSON.stringify({ ...example, rule: { ...example.rule, id: `bench-${i}` } });
      return { body, signature: await signWebhookBody(body, SECRET) };
    }),
  );
}

export async function benchWebhookAck(): Promise<void> {
  let release = () => {};
  const pending = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started = 0;
  const handler = createNodeWebhookHandler({
    secret: SECRET,
    logger: {},
    onEvent: async () => {
      started++;
      await pending; // still running when every answer of the run is measured
    },
  });
  const bare = await serve(async (req, res) => {
    for await (const _ of req);
    res.setHeader("content-type", "application/json");
    res.end('{"ok":true}');
  });
  const webhook = await serve((req, res) => void handler(req, res));
  try {
    const total = WARMUP + ROUNDS * PER_ROUND;
    const variants = [
      { name: "bare node:http 200 (baseline)", url: bare.url, items: await deliveries(total) },
      {
        name: "createWebhookHandler, onEvent running",
        url: webhook.url,
        items: await deliveries(total),
      },
    ];
    const send = async (url: string, { body, signature }: { body: string; signature: string }) => {
      const start = performance.now();
      const response = await fetch(url, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "x-hook-signature": signature },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`answer ${response.status}`);
      return performance.now() - start;
    };
    for (const v of variants)
      for (let i = 0; i < WARMUP; i++) await send(v.url, v.items[i] as never);
    const samples = variants.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++)
      for (let k = 0; k < variants.length; k++) {
        const index = (round + k) % variants.length;
        const v = variants[index] as (typeof variants)[number];
        for (let i = 0; i < PER_ROUND; i++)
          samples[index]?.push(await send(v.url, v.items[WARMUP + round * PER_ROUND + i] as never));
      }
    const [base, hook] = samples.map(summarize);
    if (!base || !hook) return;
    console.log(
      `\nWebhook ack latency (${ROUNDS * PER_ROUND} deliveries per variant, sequential):`,
    );
    printTable(
      ["variant", "mean µs", "p50 µs", "p99 µs", "mean ratio", "p50 ratio"],
      [
        [
          variants[0]?.name ?? "",
          fixed(base.meanUs),
          fixed(base.p50Us),
          fixed(base.p99Us),
          "1.000",
          "1.000",
        ],
        [
          variants[1]?.name ?? "",
          fixed(hook.meanUs),
          fixed(hook.p50Us),
          fixed(hook.p99Us),
          fixed(hook.meanUs / base.meanUs, 3),
          fixed(hook.p50Us / base.p50Us, 3),
        ],
      ],
    );
    const ok = hook.p99Us <= 100_000 && hook.meanUs / base.meanUs <= 2;
    console.log(
      `onEvent calls started, all still running: ${started}. Goal p99 ≤ 100 ms and mean ≤ 2× baseline: ${ok ? "PASS" : "MISS"}`,
    );
  } finally {
    release();
    await handler.idle();
    await bare.stop();
    await webhook.stop();
  }
}

/**
 * `@missive-ts/client/webhooks` bundled for the browser (esbuild, platform "browser": any Node
 * built-in fails the build) and run in Debian's chromium: the handler verifies, answers and
 * dedupes there as in Node, which is what Workers, Deno and Bun rely on.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { hasChromium, launchChromium } from "@missive-ts/browser";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET, signed, specDeliveries } from "./deliveries.js";

const entry = fileURLToPath(new URL("../../src/webhooks.ts", import.meta.url));
const [first] = specDeliveries();
if (!first) throw new Error("the spec has no webhook example");

let browser: Browser | undefined;
let server: Server | undefined;
let pageUrl = "";

describe.skipIf(!hasChromium)("the webhook handler in chromium", () => {
  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: "browser",
      format: "iife",
      globalName: "missiveWebhooks",
      conditions: ["missive-ts-source"],
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]?.text ?? "";
    expect(script).toContain("createWebhookHandler");
    expect(script).not.toMatch(/\brequire\(|["']node:/);
    // 127.0.0.1 is a secure context, so the page has Web Crypto (about:blank may not).
    server = createServer((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(`<!doctype html><script>${script}</script>`);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await new Promise((resolve) => server?.close(resolve));
  });

  it("verifies, acks before onEvent ends, dedupes a replay and refuses a tampered body", async () => {
    if (!browser) throw new Error("setup failed");
    const page = await browser.newPage();
    await page.goto(pageUrl);
    const headers = await signed(first.body);
    const result = await page.evaluate(
      async ({ body, headers, secret }) => {
        const { createWebhookHandler } = (
          window as unknown as { missiveWebhooks: typeof import("../../src/webhooks.js") }
        ).missiveWebhooks;
        const events: string[] = [];
        let finish = () => {};
        const handler = createWebhookHandler({
          secret,
          logger: { warn() {}, error() {} },
          onEvent: async (event) => {
            events.push(event.kind);
            await new Promise<void>((resolve) => {
              finish = resolve;
            });
          },
        });
        const send = (text: string) =>
          handler(
            new Request("https://receiver.test/missive", { method: "POST", body: text, headers }),
          );
        const started = performance.now();
        const ok = await send(body);
        const ackMs = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 10));
        const runningAtAck = events.length === 1;
        finish();
        await handler.idle();
        const replay = await (await send(body)).json();
        const tampered = (await send(body.replace("{", '{"x":1,'))).status;
        return {
          status: ok.status,
          ackMs,
          runningAtAck,
          events,
          replay,
          tampered,
          isNode: typeof process !== "undefined",
        };
      },
      { body: first.body, headers, secret: SECRET },
    );
    console.info(
      `webhook ack latency in chromium with onEvent pending: ${result.ackMs.toFixed(1)} ms`,
    );
    expect(result.isNode).toBe(false);
    expect(result.status).toBe(200);
    expect(result.ackMs).toBeLessThan(1000);
    expect(result.runningAtAck).toBe(true);
    expect(result.events).toEqual(["rule"]);
    expect(result.replay).toEqual({ ok: true, duplicate: true });
    expect(result.tampered).toBe(401);
  });
});

/**
 * `missive webhooks listen` over real HTTP: the listener on 127.0.0.1 (a free port), deliveries
 * built from the spec's webhook examples and signed as Missive signs them, and a local app on
 * 127.0.0.1 receiving what is forwarded. Every listener is stopped with Ctrl-C (its signal).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { signWebhookBody } from "@missive-ts/client/webhooks";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.js";
import { cleanups, deliver, listen, SECRET } from "./webhook-listen-helpers.js";

const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json");
const ruleExamples =
  spec.webhooks.ruleWebhook.post.requestBody.content["application/json"].examples;
const email = JSON.stringify(ruleExamples.incomingEmail.value, null, 2);

/** Runs a `missive webhooks listen` that is expected to exit at once (a usage error). */
async function runOnce(args: string[], env: Record<string, string>) {
  let stderr = "";
  const code = await run(["webhooks", "listen", ...args], {
    stdout: { write: () => true },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env,
  });
  return { code, stderr };
}

/** The developer's app: records what reaches it, answers 202. */
async function startApp() {
  const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    received.push({ headers: req.headers, body });
    res.writeHead(202, { "content-type": "application/json" }).end('{"queued":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/missive`,
    received,
  };
}

describe("missive webhooks listen", () => {
  it("verifies and prints a delivery as NDJSON, and forwards it with its original headers and bytes", async () => {
    const app = await startApp();
    const listener = await listen(["--forward-to", app.url], { MISSIVE_WEBHOOK_SECRET: SECRET });
    const response = await deliver(listener.url, email, SECRET, { "x-trace": "abc" });
    expect(response.status).toBe(202); // the app's answer goes back to the sender
    expect(await response.json()).toEqual({ queued: true });
    const lines = listener.stdout().trim().split("\n");
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? "");
    expect(line).toMatchObject({
      verified: true,
      kind: "rule",
      type: "incoming_email",
      conversation: ruleExamples.incomingEmail.value.conversation.id,
      status: 202,
      forwarded: { url: app.url, status: 202 },
    });
    expect(line.event.latest_message).toEqual(ruleExamples.incomingEmail.value.latest_message);
    expect(app.received).toHaveLength(1);
    expect(app.received[0]?.body).toBe(email);
    expect(app.received[0]?.headers["x-hook-signature"]).toBe(await signWebhookBody(email, SECRET));
    expect(app.received[0]?.headers["x-trace"]).toBe("abc");
    expect(await listener.stop()).toBe(0);
    expect(listener.stdout() + listener.stderr()).not.toContain(SECRET);
  });

  it("refuses a delivery signed with the wrong secret: 401, nothing printed or forwarded", async () => {
    const app = await startApp();
    const listener = await listen(["--forward-to", app.url], { MISSIVE_WEBHOOK_SECRET: SECRET });
    const response = await deliver(listener.url, email, "not-the-secret");
    expect(response.status).toBe(401);
    const tampered = email.replace("Question?", "Question!");
    const signature = await signWebhookBody(email, SECRET);
    const forged = await fetch(listener.url, {
      method: "POST",
      body: tampered,
      headers: { "content-type": "application/json", "x-hook-signature": signature },
    });
    expect(forged.status).toBe(401);
    expect(listener.stdout()).toBe("");
    expect(listener.stderr()).toMatch(/refused 401: X-Hook-Signature does not match/);
    expect(app.received).toEqual([]);
  });

  it("exits 2 with a clear message when no secret is given, and listens with --no-verify", async () => {
    const { code, stderr } = await runOnce(["--port", "0"], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/MISSIVE_WEBHOOK_SECRET is not set/);
    expect(stderr).toMatch(/--no-verify/);

    const listener = await listen(["--no-verify"]);
    const response = await deliver(listener.url, email, "whatever");
    expect(response.status).toBe(200);
    expect(JSON.parse(listener.stdout())).toMatchObject({ verified: false, kind: "rule" });
    expect(listener.stderr()).toMatch(/NOT verifying/);
  });

  it("reads the secret from the variable --secret-env names", async () => {
    const listener = await listen(["--secret-env", "MY_RULE_SECRET"], { MY_RULE_SECRET: SECRET });
    expect((await deliver(listener.url, email)).status).toBe(200);
    expect(JSON.parse(listener.stdout())).toMatchObject({ verified: true });
  });

  it("prints one line per event on a terminal, and answers the validation request", async () => {
    const listener = await listen([], { MISSIVE_WEBHOOK_SECRET: SECRET }, true);
    await deliver(listener.url, email);
    const validation = await fetch(listener.url, { method: "POST", body: "" });
    expect(await validation.json()).toEqual({ ok: true, validation: true });
    const lines = listener.stdout().trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /rule incoming_email {2}conversation \S+ {2}"Question\?" {2}verified {2}→ 200/,
    );
    expect(lines[1]).toMatch(/validation request/);
  });

  it("says what is wrong with --port and --forward-to (exit 2)", async () => {
    for (const args of [[], ["--port", "http"], ["--port", "0", "--forward-to", "ftp://x"]]) {
      const { code, stderr } = await runOnce(args, { MISSIVE_WEBHOOK_SECRET: SECRET });
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/--port|--forward-to/);
    }
  });
});

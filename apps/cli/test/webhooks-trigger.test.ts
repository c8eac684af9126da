/**
 * `missive webhooks trigger` against `missive webhooks listen` over real HTTP on 127.0.0.1:
 * every event's sample arrives signed and verified, in the spec's documented shape.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { verifyWebhookSignature } from "@missive-ts/client/webhooks";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.js";
import { sampleEvents } from "../src/webhook-samples.js";
import { listen, SECRET } from "./webhook-listen-helpers.js";

async function trigger(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(["webhooks", "trigger", ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: { MISSIVE_WEBHOOK_SECRET: SECRET, ...env },
  });
  return { code, stdout, stderr };
}

const deliveries = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("missive webhooks trigger", () => {
  it("sends every event's sample signed, and webhooks listen verifies each one", async () => {
    const listener = await listen([], { MISSIVE_WEBHOOK_SECRET: SECRET });
    const events = sampleEvents();
    expect(events).toEqual(
      expect.arrayContaining(["incoming_email", "label_change", "new_comment", "custom_channel"]),
    );
    for (const event of events) {
      const sent = await trigger([event, "--to", listener.url]);
      expect(sent.code, sent.stderr).toBe(0);
      expect(JSON.parse(sent.stdout)).toMatchObject({ event, status: 200 });
    }
    const seen = deliveries(listener.stdout());
    expect(seen).toHaveLength(events.length);
    for (const [index, event] of events.entries()) {
      expect(seen[index]).toMatchObject(
        event === "custom_channel"
          ? { verified: true, kind: "custom_channel" }
          : { verified: true, kind: "rule", type: event },
      );
    }
  });

  it("puts --conversation in the sample, and the same event twice is two deliveries", async () => {
    const listener = await listen([], { MISSIVE_WEBHOOK_SECRET: SECRET });
    const args = [
      "incoming_email",
      "--to",
      listener.url,
      "--conversation",
      "c0ffee00-0000-4000-8000-000000000001",
    ];
    expect((await trigger(args)).code).toBe(0);
    expect((await trigger(args)).code).toBe(0);
    const seen = deliveries(listener.stdout());
    expect(seen.map((delivery) => delivery.conversation)).toEqual([
      "c0ffee00-0000-4000-8000-000000000001",
      "c0ffee00-0000-4000-8000-000000000001",
    ]);
    const messageIds = seen.map(
      (d) => (d.event as { latest_message: { id: string } }).latest_message.id,
    );
    expect(new Set(messageIds).size).toBe(2);
    // Its links open that conversation too, not the spec example's.
    const links = (seen[0]?.event as { conversation: Record<string, string> } | undefined)
      ?.conversation;
    expect(links?.web_url).toBe(
      "https://mail.missiveapp.com/#inbox/conversations/c0ffee00-0000-4000-8000-000000000001",
    );
    expect(links?.app_url).toMatch(/\/conversations\/c0ffee00-0000-4000-8000-000000000001$/);
  });

  it("a receiver with another secret refuses it: exit 1, and the 401 is named", async () => {
    const listener = await listen([], { MISSIVE_WEBHOOK_SECRET: "another-secret" });
    const sent = await trigger(["label_change", "--to", listener.url]);
    expect(sent.code).toBe(1);
    expect(JSON.parse(sent.stdout)).toMatchObject({ status: 401 });
    expect(sent.stderr).toContain("answered 401");
    expect(deliveries(listener.stdout())).toEqual([]);
  });

  it("--dry-run prints a request whose signature matches its body, and sends nothing", async () => {
    const listener = await listen([], { MISSIVE_WEBHOOK_SECRET: SECRET });
    const { code, stdout } = await trigger(["new_comment", "--to", listener.url, "--dry-run"]);
    expect(code).toBe(0);
    const [head = "", body = ""] = stdout.split("\n\n");
    expect(head).toContain(`POST ${listener.url}`);
    const signature = /X-Hook-Signature: (\S+)/.exec(head)?.[1];
    expect(await verifyWebhookSignature(body.trim(), signature, SECRET)).toBe(true);
    expect(JSON.parse(body)).toMatchObject({ rule: { type: "new_comment" } });
    expect(listener.stdout()).toBe("");
  });

  it("an unknown event, a missing --to or a missing secret is a usage error before sending", async () => {
    const unknown = await trigger(["label_changed", "--to", "http://127.0.0.1:1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("label_change");
    expect((await trigger(["label_change"])).stderr).toContain("--to is required");
    const noSecret = await trigger(["label_change", "--to", "http://127.0.0.1:1"], {
      MISSIVE_WEBHOOK_SECRET: "",
    });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain("MISSIVE_WEBHOOK_SECRET is not set");
  });

  it("the webhooks guide's curl recipe, run as written, is verified by webhooks listen", async () => {
    const guide = await readFile(
      join(import.meta.dirname, "../../docs/guides/webhooks.md"),
      "utf8",
    );
    const section = guide.slice(guide.indexOf("### The same with curl"));
    const recipe = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
    expect(recipe).toContain("X-Hook-Signature: sha256=");
    const listener = await listen([], { MISSIVE_WEBHOOK_SECRET: SECRET });
    const script = (recipe as string).replaceAll("http://127.0.0.1:8788", listener.url);
    const { stdout } = await promisify(execFile)("bash", ["-euo", "pipefail", "-c", script], {
      env: { PATH: process.env.PATH, MISSIVE_WEBHOOK_SECRET: SECRET },
    });
    expect(stdout).toMatch(/^HTTP\/1\.1 200/);
    expect(deliveries(listener.stdout())).toMatchObject([
      { verified: true, kind: "rule", type: "incoming_email", conversation: "c1" },
    ]);
  });
});

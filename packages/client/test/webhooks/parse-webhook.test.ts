import { describe, expect, it } from "vitest";
import {
  createWebhookHandler,
  InvalidJsonError,
  InvalidSignatureError,
  MissingSignatureError,
  PayloadTooLargeError,
  parseWebhook,
  UnsupportedContentTypeError,
  type WebhookError,
} from "../../src/webhooks.js";
import { SECRET, signed, specDeliveries } from "./deliveries.js";

const deliveries = specDeliveries();
const [first] = deliveries;
if (!first) throw new Error("the spec has no webhook example");

const request = (body: string, headers: Record<string, string>) =>
  new Request("http://receiver/missive", { method: "POST", body, headers });

describe("parseWebhook", () => {
  it("returns each spec example as a typed event, the payload as sent plus its kind", async () => {
    for (const { body } of deliveries) {
      const event = await parseWebhook(request(body, await signed(body)), { secret: SECRET });
      const { kind, ...payload } = event;
      expect(payload).toEqual(JSON.parse(body));
      expect(kind).toBe("rule" in payload ? "rule" : "custom_channel");
    }
  });

  it("throws a typed error for each refusal, with the status to answer", async () => {
    const headers = await signed(first.body);
    const cases: [Request, typeof WebhookError, number][] = [
      [request(first.body, { "content-type": "application/json" }), MissingSignatureError, 401],
      [request(`${first.body} `, headers), InvalidSignatureError, 401],
      [
        request(first.body, { ...headers, "content-type": "text/plain" }),
        UnsupportedContentTypeError,
        415,
      ],
      [request("nope", await signed("nope")), InvalidJsonError, 400],
      [request("null", await signed("null")), InvalidJsonError, 400],
    ];
    for (const [req, type, status] of cases) {
      const error = await parseWebhook(req, { secret: SECRET }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect((error as WebhookError).status).toBe(status);
      expect((error as Error).message).not.toContain(SECRET);
    }
    const big = await parseWebhook(request(first.body, headers), {
      secret: SECRET,
      maxBodyBytes: 100,
    }).catch((e: unknown) => e);
    expect(big).toBeInstanceOf(PayloadTooLargeError);
    expect((big as PayloadTooLargeError).status).toBe(413);
  });

  it("accepts any of several secrets (rules with different secrets on one URL, a rotation)", async () => {
    const body = first.body;
    const event = await parseWebhook(request(body, await signed(body, "new-secret")), {
      secret: ["old-secret", "new-secret"],
    });
    expect(event.kind).toBe("rule");
  });

  it("refuses to start without a secret, saying where it comes from", async () => {
    expect(() => createWebhookHandler({ secret: "", onEvent() {} })).toThrow(
      /secret set in the Missive rule/,
    );
    await expect(parseWebhook(request("{}", {}), { secret: [] })).rejects.toThrow(TypeError);
  });
});

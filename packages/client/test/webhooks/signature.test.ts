import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "../../src/index.js";
import { verifyWebhookSignature as fromSubpath, signWebhookBody } from "../../src/webhooks.js";

const secret = "hook-secret";
const raw = '{"rule":{"id":"r1","type":"incoming_email"},"conversation":{"id":"c1"}}';
const hex = createHmac("sha256", secret).update(raw).digest("hex");

describe("verifyWebhookSignature", () => {
  it("accepts the signature with the sha256= prefix and bare", async () => {
    await expect(verifyWebhookSignature(raw, `sha256=${hex}`, secret)).resolves.toBe(true);
    await expect(verifyWebhookSignature(raw, hex, secret)).resolves.toBe(true);
    await expect(verifyWebhookSignature(raw, hex.toUpperCase(), secret)).resolves.toBe(true);
    await expect(fromSubpath(new TextEncoder().encode(raw), `sha256=${hex}`, secret)).resolves.toBe(
      true,
    );
  });

  it("matches a known HMAC-SHA256 vector (RFC 4231 test case 2)", async () => {
    const expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    await expect(
      verifyWebhookSignature("what do ya want for nothing?", expected, "Jefe"),
    ).resolves.toBe(true);
  });

  it("rejects a wrong secret, a changed body, and missing or malformed headers", async () => {
    await expect(verifyWebhookSignature(raw, hex, "other")).resolves.toBe(false);
    await expect(verifyWebhookSignature(`${raw} `, hex, secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(raw, null, secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(raw, undefined, secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(raw, "sha256=zz", secret)).resolves.toBe(false);
    await expect(verifyWebhookSignature(raw, hex.slice(0, 62), secret)).resolves.toBe(false);
  });
});

describe("signWebhookBody", () => {
  it("gives the header Missive sends: sha256= and the lowercase hex HMAC of the bytes", async () => {
    await expect(signWebhookBody(raw, secret)).resolves.toBe(`sha256=${hex}`);
    const bytes = new TextEncoder().encode("é\n{}");
    const expected = createHmac("sha256", secret).update(bytes).digest("hex");
    await expect(signWebhookBody(bytes, secret)).resolves.toBe(`sha256=${expected}`);
  });
});

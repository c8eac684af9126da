/**
 * Verifies Missive webhook requests (Webhooks › Validating requests): `X-Hook-Signature` is
 * `sha256=<hex>`, the HMAC-SHA256 of the raw request body keyed with the webhook's secret.
 * Web Crypto only, so it runs in browsers, edge runtimes, Deno, Bun and Node 20+.
 */

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Compares without an early exit, so timing does not reveal how much of a guess was right. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Whether `signatureHeader` (the `X-Hook-Signature` header, with or without its `sha256=`
 * prefix) is the HMAC-SHA256 of `rawBody` under `secret`. Pass the body exactly as received:
 * re-serialized JSON does not match. Resolves `false` (never throws) for a missing or
 * malformed header.
 */
export async function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): Promise<boolean> {
  if (!signatureHeader || !secret) return false;
  const expected = hexToBytes(signatureHeader.trim().replace(/^sha256=/i, ""));
  if (expected?.length !== 32) return false;
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const body = typeof rawBody === "string" ? encoder.encode(rawBody) : rawBody;
  const actual = new Uint8Array(
    await globalThis.crypto.subtle.sign("HMAC", key, body as BufferSource),
  );
  return constantTimeEqual(actual, expected);
}

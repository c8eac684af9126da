/**
 * Missive's webhook signature (Webhooks › Validating requests): `X-Hook-Signature` is
 * `sha256=<hex>`, the HMAC-SHA256 of the raw request body keyed with the rule's (or custom
 * channel's) secret. Web Crypto only, so it runs in browsers, edge runtimes, Deno, Bun and
 * Node 20+.
 */

const encoder = new TextEncoder();

/** The 32 bytes a `X-Hook-Signature` value names (with or without `sha256=`, any hex case), or `null`. */
export function parseSignatureHeader(header: string | null | undefined): Uint8Array | null {
  const hex = header?.trim().replace(/^sha256=/i, "") ?? "";
  if (hex.length !== 64 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Compares without an early exit, so timing does not reveal how much of a guess was right. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

async function hmacSha256(rawBody: string | Uint8Array, secret: string): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const body = typeof rawBody === "string" ? encoder.encode(rawBody) : rawBody;
  return new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, body as BufferSource));
}

/**
 * The `X-Hook-Signature` value Missive would send for `rawBody` under `secret`:
 * `sha256=<lowercase hex>`. For tests and local tools that play Missive's part.
 */
export async function signWebhookBody(
  rawBody: string | Uint8Array,
  secret: string,
): Promise<string> {
  const mac = await hmacSha256(rawBody, secret);
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Whether `signatureHeader` (the `X-Hook-Signature` header, with or without its `sha256=`
 * prefix, hex in either case) is the HMAC-SHA256 of `rawBody` under `secret`. Pass the body
 * exactly as received: re-serialized JSON does not match. Resolves `false` (never throws) for a
 * missing or malformed header.
 */
export async function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): Promise<boolean> {
  const expected = parseSignatureHeader(signatureHeader);
  if (!expected || !secret) return false;
  return constantTimeEqual(await hmacSha256(rawBody, secret), expected);
}

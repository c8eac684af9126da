import {
  InvalidSignatureError,
  MissingSignatureError,
  UnsupportedContentTypeError,
} from "./errors.js";
import { classifyPayload, type ParsedWebhook } from "./events.js";
import { readBodyCapped } from "./read-body.js";
import { verifyWebhookSignature } from "./signature.js";

/** Missive's deliveries carry a conversation and its latest message, HTML body included. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ParseWebhookOptions {
  /**
   * The webhook's secret, as set in the rule (or custom channel). Several, to accept deliveries
   * from rules with different secrets on one URL, or while rotating one.
   */
  secret: string | readonly string[];
  /** Bodies over this many bytes are refused with `PayloadTooLargeError` (default 5 MiB). */
  maxBodyBytes?: number | undefined;
}

/** A verified request: what `parseWebhook` returns, and the bytes and signature it checked. */
export interface VerifiedWebhook {
  parsed: ParsedWebhook;
  /** The body exactly as received. */
  rawBody: Uint8Array;
  /** The verified `X-Hook-Signature` as lowercase hex without `sha256=`, or `null` when unsigned. */
  signature: string | null;
}

/** The secrets as a non-empty list, or a TypeError that says what to pass. */
export function secretList(secret: string | readonly string[]): readonly string[] {
  const secrets = (typeof secret === "string" ? [secret] : secret).filter((s) => s !== "");
  if (secrets.length === 0)
    throw new TypeError(
      "A webhook secret is required: pass the secret set in the Missive rule (or custom channel), e.g. { secret: process.env.MISSIVE_WEBHOOK_SECRET }.",
    );
  return secrets;
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * Reads, verifies and classifies one request. Order: size cap (413), then an empty body is the
 * validation request (nothing to verify, nothing runs), then the signature (401), then the
 * content type (415) and the JSON (400): an unsigned caller learns nothing past 401.
 */
export async function verifyWebhookRequest(
  request: Request,
  options: ParseWebhookOptions,
): Promise<VerifiedWebhook> {
  const secrets = secretList(options.secret);
  const rawBody = await readBodyCapped(request, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const text = new TextDecoder().decode(rawBody);
  if (text.trim() === "") return { parsed: { kind: "validation" }, rawBody, signature: null };
  const header = request.headers.get("x-hook-signature");
  if (!header?.trim()) throw new MissingSignatureError();
  let verified = false;
  for (const secret of secrets) verified ||= await verifyWebhookSignature(rawBody, header, secret);
  if (!verified) throw new InvalidSignatureError();
  const contentType = request.headers.get("content-type");
  if (!isJson(contentType)) throw new UnsupportedContentTypeError(contentType);
  const signature = header
    .trim()
    .replace(/^sha256=/i, "")
    .toLowerCase();
  return { parsed: classifyPayload(text), rawBody, signature };
}

/**
 * Verifies a Missive webhook request (`X-Hook-Signature` over the raw body) and returns its
 * typed event, or `{ kind: "validation" }` for the request Missive sends when a rule is saved.
 * Throws a `WebhookError` subclass: `MissingSignatureError` / `InvalidSignatureError` (401),
 * `PayloadTooLargeError` (413), `UnsupportedContentTypeError` (415), `InvalidJsonError` (400).
 * Reads the body: pass a request nothing has read yet.
 */
export async function parseWebhook(
  request: Request,
  options: ParseWebhookOptions,
): Promise<ParsedWebhook> {
  return (await verifyWebhookRequest(request, options)).parsed;
}

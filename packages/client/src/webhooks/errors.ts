/**
 * Why a webhook request was refused. `parseWebhook` throws these; `createWebhookHandler` turns
 * each into its `status` with `{"error": message}` (Missive's own error shape). None of them
 * holds the body or the secret: a message says what was wrong and what to do.
 */

/** Base class of every refusal of `parseWebhook`. */
export class WebhookError extends Error {
  override name = "WebhookError";
  /** The HTTP status a receiver answers with (401, 400, 413, 415). */
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** No `X-Hook-Signature` header: not from Missive, or the rule has no secret set. 401. */
export class MissingSignatureError extends WebhookError {
  override name = "MissingSignatureError";
  constructor() {
    super(
      "No X-Hook-Signature header: Missive signs every delivery of a webhook whose secret is set. Set the same secret in the rule (or custom channel) and here.",
      401,
    );
  }
}

/** The signature does not match the body: a wrong secret, or a body changed on the way. 401. */
export class InvalidSignatureError extends WebhookError {
  override name = "InvalidSignatureError";
  constructor() {
    super(
      "X-Hook-Signature does not match the body: check that the secret is the rule's (or custom channel's), and that nothing parsed and re-serialized the body before verification.",
      401,
    );
  }
}

/** The body is not declared as JSON. 415. */
export class UnsupportedContentTypeError extends WebhookError {
  override name = "UnsupportedContentTypeError";
  readonly contentType: string | null;
  constructor(contentType: string | null) {
    super(
      `Content-Type is ${contentType === null ? "missing" : JSON.stringify(contentType)}: Missive sends application/json.`,
      415,
    );
    this.contentType = contentType;
  }
}

/** The body is over the size cap (`maxBodyBytes`); reading stopped at the cap. 413. */
export class PayloadTooLargeError extends WebhookError {
  override name = "PayloadTooLargeError";
  readonly maxBodyBytes: number;
  constructor(maxBodyBytes: number) {
    super(
      `The body is over ${maxBodyBytes} bytes (maxBodyBytes); raise maxBodyBytes if your deliveries carry larger messages.`,
      413,
    );
    this.maxBodyBytes = maxBodyBytes;
  }
}

/** The signed body is not a JSON object. 400. */
export class InvalidJsonError extends WebhookError {
  override name = "InvalidJsonError";
  constructor(detail: string) {
    super(`The body is not a JSON object (${detail}).`, 400);
  }
}

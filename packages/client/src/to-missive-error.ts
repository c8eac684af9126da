import {
  AuthenticationError,
  type MissiveError,
  type MissiveErrorDetails,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnexpectedStatusError,
  ValidationError,
} from "./errors.js";
import { pathOf, redactHeaders } from "./redact.js";
import { retryAfterMs } from "./transport/retry-after.js";

const checkParameters = "Check the parameters and body against the Missive API docs.";

/**
 * Per status: the error class, and what to do next (the second half of every message).
 * 5xx and other statuses fall back to `ServerError` / `UnexpectedStatusError`.
 */
const byStatus: Record<number, [typeof MissiveError, string]> = {
  400: [ValidationError, checkParameters],
  401: [
    AuthenticationError,
    "Check the API token (Missive → Settings → API); it may be missing, revoked or mistyped.",
  ],
  403: [
    PermissionDeniedError,
    "The token's user lacks access to this resource; use a token of a user who has it.",
  ],
  404: [NotFoundError, "Check the id, and that the token's user can see the resource."],
  408: [UnexpectedStatusError, "Missive timed out reading the request; try again."],
  422: [ValidationError, checkParameters],
  429: [
    RateLimitError,
    "Slow down: wait as long as Missive asks, or lower the client's rateLimit settings.",
  ],
};

/** A 403 on an operation that needs a plan: the plan is as likely a cause as the user's rights. */
const planHint = (plans: readonly string[]) =>
  `This operation needs the ${plans.join(" or ")} plan: the organization's plan may be the cause, or the token's user may lack access.`;

/** The `error` text of a Missive error body (`{"error": "..."}`), or a plain-text body. */
function serverMessageOf(body: unknown): string | undefined {
  if (typeof body === "string") {
    // An HTML error page (a proxy's 502): its title, or its text without tags, never the page.
    const title = /<title>([^<]*)/i.exec(body)?.[1];
    const text = (title ?? body.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
    return text.length > 200 ? `${text.slice(0, 200)}…` : text || undefined;
  }
  if (typeof body === "object" && body !== null && "error" in body) {
    const { error } = body as { error: unknown };
    return typeof error === "string" ? error : JSON.stringify(error);
  }
  return undefined;
}

/**
 * The typed error for a non-2xx answer, chosen by status: 401 → `AuthenticationError`,
 * 403 → `PermissionDeniedError`, 404 → `NotFoundError`, 400/422 → `ValidationError`,
 * 429 → `RateLimitError`, 5xx → `ServerError`, others → `UnexpectedStatusError`.
 * `body` is the parsed body (openapi-fetch's `error`), a string, or `undefined`.
 */
export function toMissiveError(
  response: Response,
  body: unknown,
  request?: Pick<Request, "method" | "url">,
  /** The Missive plans the operation needs (`x-missive-plan`), when it needs some. */
  plans?: readonly string[] | null,
): MissiveError {
  const { status } = response;
  const method = request?.method;
  const path = pathOf(request?.url ?? response.url);
  const serverMessage = serverMessageOf(body);
  const [ErrorClass, hint] =
    byStatus[status] ??
    (status >= 500
      ? [ServerError, "Missive had a problem; try again later."]
      : [UnexpectedStatusError, ""]);
  const said = serverMessage ? `: "${serverMessage}"` : "";
  const message = `${method ?? "Request"} ${path} failed with ${status}${said}. ${
    plans?.length && status === 403 ? planHint(plans) : hint
  }`.trim();
  // Only `RateLimitError` keeps `retryAfterMs`; the other classes ignore it.
  return new ErrorClass(message, {
    status,
    method,
    path,
    serverMessage,
    headers: redactHeaders(response.headers),
    retryAfterMs: retryAfterMs(response.headers),
  } as MissiveErrorDetails);
}

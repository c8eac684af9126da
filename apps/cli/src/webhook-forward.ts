/**
 * `webhooks listen --forward-to`: hands an accepted delivery to the developer's app with its
 * original headers and bytes (so the app's own signature check passes), and brings the app's
 * answer back to the sender, bounded.
 */

/** Missive allows 15 s; the app gets a bit less, so the sender still gets an answer in time. */
const FORWARD_TIMEOUT_MS = 14_000;
/** Missive reads only the status; the body is relayed for the developer, up to this much. */
export const MAX_RELAYED_BYTES = 1024 * 1024;

/**
 * Not passed on: hop-by-hop headers, and what the sender (or the tunnel in front) says about
 * itself or carries as a credential. Missive signs the body, never these; an unsigned
 * validation request could otherwise hand the app someone's cookie or a forged client address.
 */
const notForwarded = new Set([
  "host",
  "content-length",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "authorization",
  "proxy-authorization",
  "cookie",
  "forwarded",
  "x-forwarded-for",
  "x-real-ip",
]);

export interface Relayed {
  response: Response;
  /** Set when the app's answer was longer than `MAX_RELAYED_BYTES` and was cut. */
  cut: boolean;
}

/** Up to `max` bytes of a body; the rest is cancelled, not read. */
async function readAtMost(body: ReadableStream<Uint8Array> | null, max: number) {
  const bytes = new Uint8Array(max);
  let size = 0;
  let cut = false;
  const reader = body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = max - size;
    bytes.set(value.subarray(0, room), size);
    size += Math.min(room, value.byteLength);
    if (value.byteLength > room) {
      cut = true;
      await reader.cancel().catch(() => {});
      break;
    }
  }
  return { bytes: bytes.slice(0, size), cut };
}

/**
 * POSTs the delivery to `forwardTo`. A redirect is not followed: following it would re-send
 * X-Hook-Signature and the body to a host nobody chose; the app's 3xx goes back as it is.
 */
export async function forward(
  raw: Uint8Array,
  request: Request,
  forwardTo: URL,
  fetcher: (request: Request) => Promise<Response>,
): Promise<Relayed> {
  const headers = new Headers();
  for (const [name, value] of request.headers)
    if (!notForwarded.has(name)) headers.set(name, value);
  const answer = await fetcher(
    new Request(forwardTo, {
      method: "POST",
      headers,
      body: raw as BodyInit,
      redirect: "manual",
      signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
    }),
  );
  const { bytes, cut } = await readAtMost(answer.body, MAX_RELAYED_BYTES);
  const relayed = new Headers({
    "content-type": answer.headers.get("content-type") ?? "text/plain",
  });
  const location = answer.headers.get("location");
  if (location !== null) relayed.set("location", location);
  // 204, 205 and 304 carry no body, and a Response refuses to be built with one.
  const body = [204, 205, 304].includes(answer.status) ? null : bytes;
  return { response: new Response(body, { status: answer.status, headers: relayed }), cut };
}

/** Statuses that may not carry a body (the Response constructor refuses one). */
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * Reads the whole answer and returns an equivalent Response with an exact `Content-Length`.
 * Missive may answer a POST with 201 and an empty (possibly chunked) body; openapi-fetch skips
 * JSON parsing only for 204 or `Content-Length: 0`, so an empty body is normalized to the
 * latter and reads as `data: undefined` instead of a JSON parse error. Buffering also keeps the
 * rate limiter's slot until the answer is fully read.
 */
export async function bufferResponse(response: Response, url: string): Promise<Response> {
  const bytes = nullBodyStatuses.has(response.status)
    ? new ArrayBuffer(0)
    : await response.arrayBuffer();
  const encoded =
    response.headers.has("content-encoding") || response.headers.has("transfer-encoding");
  // The common case (a body whose headers already describe it) keeps the headers as they are;
  // copying them costs more than the rest of the buffering.
  if (bytes.byteLength > 0 && !encoded && response.headers.has("content-length")) {
    const copy = new Response(bytes, response);
    Object.defineProperty(copy, "url", { value: response.url || url });
    return copy;
  }
  const headers = new Headers(response.headers);
  // The bytes are already decoded; the length is the one of what we hand on.
  headers.delete("content-encoding");
  headers.delete("transfer-encoding");
  headers.set("content-length", String(bytes.byteLength));
  const copy = new Response(bytes.byteLength === 0 ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  Object.defineProperty(copy, "url", { value: response.url || url });
  return copy;
}

/** Statuses that may not carry a body (the Response constructor refuses one). */
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * Makes an answer safe for openapi-fetch. Missive may answer a POST with 201 and an empty
 * (possibly chunked) body; openapi-fetch skips JSON parsing only for 204 or
 * `Content-Length: 0`, so an answer without a declared length (or content-encoded) is read
 * whole and handed on with an exact `Content-Length`: an empty body then reads as
 * `data: undefined` instead of a JSON parse error.
 */
export async function bufferResponse(response: Response, url: string): Promise<Response> {
  const { headers } = response;
  // A body whose length is declared and not content-encoded needs nothing: openapi-fetch reads
  // `Content-Length: 0` as no body, and any other length holds JSON. By the time its headers
  // arrive the server has finished answering, so the limiter slot can go. Skipping the copy is
  // most of the client's per-request overhead (see bench/).
  if (headers.has("content-length") && !headers.has("content-encoding")) return response;
  const bytes = nullBodyStatuses.has(response.status)
    ? new ArrayBuffer(0)
    : await response.arrayBuffer();
  const normalized = new Headers(headers);
  // The bytes are already decoded; the length is the one of what we hand on.
  normalized.delete("content-encoding");
  normalized.delete("transfer-encoding");
  normalized.set("content-length", String(bytes.byteLength));
  const copy = new Response(bytes.byteLength === 0 ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: normalized,
  });
  Object.defineProperty(copy, "url", { value: response.url || url });
  return copy;
}

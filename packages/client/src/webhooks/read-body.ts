import { PayloadTooLargeError } from "./errors.js";

/**
 * Reads a request's raw bytes, stopping at `maxBytes`: a body declared larger (Content-Length)
 * is refused before any byte is read, and a chunked one as soon as it passes the cap, so a
 * hostile sender cannot make the receiver buffer more than the cap.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => {});
    throw new PayloadTooLargeError(maxBytes);
  }
  if (request.bodyUsed)
    throw new TypeError(
      "The request body was already read: give the handler the request before anything reads it.",
    );
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

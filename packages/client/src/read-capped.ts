/**
 * Reads a body's raw bytes, stopping at `maxBytes`: a body declared larger (Content-Length) is
 * refused before any byte is read, and a chunked one as soon as it passes the cap, so a hostile
 * sender cannot make us buffer more than the cap. Used for webhook deliveries and attachments
 * (API answers go through the transport's body guard, which also stops on a timeout).
 */
export async function readCapped(
  message: Pick<Request, "headers" | "body">,
  maxBytes: number,
  tooLarge: (declaredSize?: number) => Error,
): Promise<Uint8Array> {
  const declared = Number(message.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await message.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  if (!message.body) return new Uint8Array(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return joinChunks(chunks, size);
}

/** The chunks read from a body, as one array of `size` bytes (the only chunk itself, uncopied). */
export function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

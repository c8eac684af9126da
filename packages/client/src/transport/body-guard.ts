import { InvalidResponseError, type MissiveErrorDetails } from "../errors.js";
import { joinChunks } from "../read-capped.js";

export interface BodyGuard {
  /** The attempt's signal: a timeout or the caller's abort stops the read. */
  signal: AbortSignal;
  /** Most bytes read (after decompression, as `fetch` hands them on) before giving up. */
  maxBytes: number;
  /** The request, for errors: `GET /v1/users`. */
  label: string;
  details: MissiveErrorDetails;
}

const noBytes = new Uint8Array(0);

/** Reads the body, counting bytes as they come; stops at `maxBytes` or when the signal aborts. */
export async function readBytes(response: Response, guard: BodyGuard): Promise<Uint8Array> {
  const { body } = response;
  if (!body) return noBytes;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const fail = (why: string, reason: InvalidResponseError["reason"], cause?: unknown) =>
    new InvalidResponseError(`${guard.label} ${why}`, { ...guard.details, cause }, reason);
  const cut = (cause?: unknown) =>
    fail(`was cut off after ${size} bytes of its answer.`, "truncated", cause);
  const reader = body.getReader();
  const { signal } = guard;
  // A custom fetch may hand a body its signal does not reach: cancelling ends a stalled read.
  const stop = () => reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener("abort", stop, { once: true });
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        throw cut(error);
      }
      if (signal.aborted) throw signal.reason;
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > guard.maxBytes) {
        stop();
        throw fail(
          `answered more than ${guard.maxBytes} bytes (maxResponseBytes); raise the cap if this answer is expected.`,
          "too-large",
        );
      }
      chunks.push(chunk.value);
    }
  } finally {
    signal.removeEventListener("abort", stop);
  }
  // No Content-Length: `Number(null)` is 0, which no size is below.
  const declared = Number(response.headers.get("content-length"));
  if (size < declared && !response.headers.has("content-encoding")) throw cut();
  return joinChunks(chunks, size);
}

/**
 * The answer handed to openapi-fetch, over the bytes already read. Its body is served from
 * those bytes rather than from a stream: building a stream and reading it back through undici
 * was most of a request's CPU time (bench/). `json()` throws `InvalidResponseError` for a body
 * that is not JSON, instead of a bare `SyntaxError`.
 */
class GuardedResponse extends Response {
  readonly #bytes: Uint8Array;
  readonly #url: string;
  readonly #guard: BodyGuard;

  constructor(raw: Response, bytes: Uint8Array, headers: Headers, url: string, guard: BodyGuard) {
    super(null, { status: raw.status, statusText: raw.statusText, headers });
    this.#bytes = bytes;
    this.#url = raw.url || url;
    this.#guard = guard;
  }

  override get url(): string {
    return this.#url;
  }

  // Computed from the bytes: the Response itself was built without a body.
  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#bytes.byteLength === 0 ? null : this.#copy().body;
  }

  /** A plain Response over a copy of the bytes, for the rarely used readers. */
  #copy(): Response {
    return new Response(this.#bytes.slice(), { headers: this.headers });
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#copy().arrayBuffer();
  }

  override blob(): Promise<Blob> {
    return this.#copy().blob();
  }

  override clone(): Response {
    return new GuardedResponse(this, this.#bytes, this.headers, this.#url, this.#guard);
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(this.#bytes);
  }

  override async json(): Promise<unknown> {
    const text = await this.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      const type = this.headers.get("content-type") ?? "no content type";
      throw new InvalidResponseError(
        `${this.#guard.label} answered ${this.status} with ${this.#bytes.byteLength} bytes of ${type} that are not JSON.`,
        { ...this.#guard.details, status: this.status, cause: error },
        "not-json",
      );
    }
  }
}

/**
 * The body guard: reads the whole answer inside the attempt, so `timeoutMs`, `totalTimeoutMs`,
 * the caller's signal and `maxResponseBytes` cover the body as well as the headers, and a body
 * cut mid-way can be retried. Hands openapi-fetch an answer with an exact `Content-Length`:
 * openapi-fetch reads `Content-Length: 0` (or a 204) as no body, but would parse a decoded
 * empty body whose header still gives the encoded length (a gzip'd empty 201) as JSON and fail.
 */
export async function guardBody(raw: Response, url: string, guard: BodyGuard): Promise<Response> {
  const bytes = await readBytes(raw, guard);
  let headers = raw.headers;
  if (
    headers.get("content-length") !== String(bytes.byteLength) ||
    headers.has("content-encoding")
  ) {
    headers = new Headers(headers);
    // The bytes are already decoded; the length is the one of what we hand on.
    headers.delete("content-encoding");
    headers.delete("transfer-encoding");
    headers.set("content-length", String(bytes.byteLength));
  }
  return new GuardedResponse(raw, bytes, headers, url, guard);
}

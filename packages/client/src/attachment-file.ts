/**
 * One fetch of an attachment's file: an attempt of the transport's kind (`timeoutMs`,
 * `totalTimeoutMs` and the caller's signal cover it, body included, through the body guard),
 * with redirects followed by hand, at most 5, and only over https:// to a public host
 * (`isPrivateHost`) unless the client is `trusted`.
 */
import {
  ConnectionError,
  type InvalidResponseError,
  MissiveError,
  NotFoundError,
  ValidationError,
} from "./errors.js";
import { isPrivateHost } from "./file-host.js";
import { attemptSignal } from "./transport/attempt-signal.js";
import { readBytes } from "./transport/body-guard.js";
import type { SendAttempt } from "./transport/transport.js";

/** What a download needs of the client: its send, its timeouts, and whether to trust local hosts. */
export interface AttachmentTransport {
  send: SendAttempt;
  timeoutMs: number;
  totalTimeoutMs: number | undefined;
  now: () => number;
  /** The base URL is on this machine, or `allowInsecureHttp`: any http(s) host may serve files. */
  trusted: boolean;
}

export interface Attachment {
  id: string;
  filename: string;
  url?: string | undefined;
  media_type?: string | undefined;
  sub_type?: string | undefined;
  size?: number | undefined;
}

/** A downloaded file: its bytes, and the content type its host sent. */
export interface FileBytes {
  data: Uint8Array;
  type: string | null;
}

export function tooLarge(attachment: Attachment, max: number, size?: number): ValidationError {
  const is = size === undefined ? "is larger than" : `is ${size} bytes, over`;
  return new ValidationError(
    `Attachment ${attachment.id} (${attachment.filename}) ${is} the ${max}-byte limit.`,
  );
}

/**
 * One attempt: the signed URL and its redirects, then the body, under one attempt signal.
 * Resolves with the file's bytes and type, or with `undefined` when the file host answers 403
 * and this is not the `last` attempt (the signed URL expired: a fresh one may work); throws
 * for any other answer that is not a success.
 */
export async function fetchFile(
  transport: AttachmentTransport,
  url: string | undefined,
  attachment: Attachment,
  max: number,
  caller: AbortSignal | undefined,
  deadline: number | undefined,
  last: boolean,
): Promise<FileBytes | undefined> {
  const { send, trusted } = transport;
  const timing = attemptSignal(caller, transport, deadline);
  const { signal } = timing;
  const failed = (why: string, cause?: unknown) =>
    new ConnectionError(`Downloading attachment ${attachment.id} failed: ${why}.`, { cause });
  try {
    for (let hop = 0; ; hop++) {
      if (!url || !/^https?:\/\//i.test(url))
        throw new NotFoundError(`Attachment ${attachment.id} has no download URL.`, {
          status: 404,
        });
      const at = new URL(url);
      // Plain http could be altered in transit; a redirect must not steer us into our own network.
      if (hop > 5 || !(trusted || (at.protocol === "https:" && !isPrivateHost(at.hostname))))
        throw failed(`${at.origin} is not https:// on a public host (or too many redirects)`);
      let response: Response;
      try {
        // No Authorization header: the signed URL is the credential, the token stays with Missive.
        response = await send(url, { method: "GET", redirect: "manual", signal });
      } catch (cause) {
        throw signal.aborted ? cause : failed("no answer", cause); // aborted: a TimeoutError, or the caller's reason
      }
      const location = response.headers.get("location");
      if (response.status < 300 || response.status > 399 || !location) {
        if (!response.ok) {
          await response.body?.cancel();
          if (response.status === 403 && !last) return undefined;
          throw new MissiveError(
            `Downloading attachment ${attachment.id} failed with ${response.status}.`,
            { status: response.status, method: "GET" },
          );
        }
        const label = `GET attachment ${attachment.id}`;
        const data = await readBytes(response, {
          signal,
          maxBytes: max,
          label,
          details: {},
        }).catch((error: InvalidResponseError) => {
          throw error.reason === "too-large" ? tooLarge(attachment, max) : error;
        });
        return { data, type: response.headers.get("content-type") };
      }
      await response.body?.cancel();
      url = new URL(location, url).href;
    }
  } finally {
    timing.dispose();
  }
}

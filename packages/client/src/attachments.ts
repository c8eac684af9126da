/**
 * `client.attachments.download()`: the files of a message or comment. Attachment URLs are
 * signed links to a file host, not Missive API calls: they are fetched without the API token
 * (and outside the rate limiter), and an expired link (403) is replaced by a fresh one from a
 * second read of the message or comment. Each fetch of a file is an attempt of the transport's
 * kind: `timeoutMs`, `totalTimeoutMs` and the caller's signal cover it, body included, through
 * the body guard. Redirects are followed by hand, at most 5, and only over https:// to a public
 * host (`isPrivateHost`), unless the client is `trusted`.
 */

import {
  ConnectionError,
  type InvalidResponseError,
  MissiveError,
  NotFoundError,
  ValidationError,
} from "./errors.js";
import { isPrivateHost } from "./file-host.js";
import type { Resources } from "./resource-types.js";
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

/** A message id, or the comment of a conversation whose attachment to download. */
export type AttachmentSource = string | { conversation: string; comment: string };

export interface DownloadOptions {
  /** Only this attachment (default: every attachment of the message). */
  attachmentId?: string | undefined;
  /** Refuse a file larger than this many bytes (checked before and while downloading). */
  maxBytes?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface DownloadedAttachment {
  id: string;
  filename: string;
  /** MIME type, e.g. `image/png` (`application/octet-stream` when Missive does not say). */
  mediaType: string;
  size: number;
  data: Uint8Array;
}

interface Attachment {
  id: string;
  filename: string;
  url?: string | undefined;
  media_type?: string | undefined;
  sub_type?: string | undefined;
  size?: number | undefined;
}

export interface Attachments {
  download(source: AttachmentSource, options?: DownloadOptions): Promise<DownloadedAttachment[]>;
}

type Lookup = Pick<Resources, "messages" | "conversations">;

async function attachmentsOf(resources: Lookup, source: AttachmentSource, signal?: AbortSignal) {
  if (typeof source === "string") {
    const message = await resources.messages.get(source, { signal });
    return ((message as { attachments?: Attachment[] } | undefined)?.attachments ??
      []) as Attachment[];
  }
  for await (const comment of resources.conversations.listAllComments(
    source.conversation,
    {},
    { signal },
  )) {
    if (comment.id === source.comment) {
      const attachment = (comment as { attachment?: Attachment | null }).attachment;
      return attachment ? [attachment] : [];
    }
  }
  throw new NotFoundError(
    `Comment ${source.comment} is not in conversation ${source.conversation}.`,
    {
      status: 404,
    },
  );
}

function tooLarge(attachment: Attachment, max: number, size?: number): ValidationError {
  const is = size === undefined ? "is larger than" : `is ${size} bytes, over`;
  return new ValidationError(
    `Attachment ${attachment.id} (${attachment.filename}) ${is} the ${max}-byte limit.`,
  );
}

export function createAttachments(resources: Lookup, transport: AttachmentTransport): Attachments {
  const { send, timeoutMs, now, trusted } = transport;
  /** One attempt: the signed URL and its redirects, then the body, under one attempt signal. */
  const fetchFile = async (
    url: string | undefined,
    attachment: Attachment,
    max: number,
    caller: AbortSignal | undefined,
    deadline: number | undefined,
  ): Promise<Response | { data: Uint8Array; type: string | null }> => {
    const timing = attemptSignal(caller, timeoutMs, deadline && deadline - now());
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
          if (!response.ok) return response;
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
  };
  return {
    async download(source, options = {}) {
      const { signal } = options;
      const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
      let listed = await attachmentsOf(resources, source, signal);
      if (options.attachmentId !== undefined) {
        listed = listed.filter((attachment) => attachment.id === options.attachmentId);
        if (listed.length === 0) {
          throw new NotFoundError(`No attachment ${options.attachmentId} there.`, { status: 404 });
        }
      }
      const files: DownloadedAttachment[] = [];
      for (const attachment of listed) {
        if ((attachment.size ?? 0) > max) throw tooLarge(attachment, max, attachment.size);
        // totalTimeoutMs: this file's transfers, the retry with a fresh URL included.
        const deadline = transport.totalTimeoutMs && now() + transport.totalTimeoutMs;
        let got = await fetchFile(attachment.url, attachment, max, signal, deadline);
        if (got instanceof Response && got.status === 403) {
          // The signed URL expired: read the message (or comment) again for a fresh one.
          await got.body?.cancel();
          const fresh = (await attachmentsOf(resources, source, signal)).find(
            (candidate) => candidate.id === attachment.id,
          );
          got = await fetchFile(fresh?.url, attachment, max, signal, deadline);
        }
        if (got instanceof Response) {
          await got.body?.cancel();
          throw new MissiveError(
            `Downloading attachment ${attachment.id} failed with ${got.status}.`,
            { status: got.status, method: "GET" },
          );
        }
        const mediaType =
          attachment.media_type && attachment.sub_type
            ? `${attachment.media_type}/${attachment.sub_type}`
            : (got.type ?? "application/octet-stream");
        files.push({
          id: attachment.id,
          filename: attachment.filename,
          mediaType,
          size: got.data.length,
          data: got.data,
        });
      }
      return files;
    },
  };
}

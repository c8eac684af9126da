/**
 * `client.attachments.download()`: the files of a message or comment. Attachment URLs are
 * signed links to a file host, not Missive API calls: they are fetched without the API token
 * (and outside the rate limiter), and an expired link (403) is replaced by a fresh one from a
 * second read of the message or comment.
 */

import { ConnectionError, MissiveError, NotFoundError, ValidationError } from "./errors.js";
import { readCapped } from "./read-capped.js";
import type { Resources } from "./resource-types.js";
import type { SendAttempt } from "./transport/transport.js";

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

export function createAttachments(resources: Lookup, send: SendAttempt): Attachments {
  // No Authorization header: the signed URL is the credential, and the token stays with Missive.
  const fetchFile = async (
    url: string | undefined,
    attachment: Attachment,
    signal?: AbortSignal,
  ) => {
    if (!url || !/^https?:\/\//i.test(url)) {
      throw new NotFoundError(`Attachment ${attachment.id} has no download URL.`, { status: 404 });
    }
    try {
      return await send(url, { method: "GET", redirect: "follow", signal: signal ?? null });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ConnectionError(`Downloading attachment ${attachment.id} failed: no answer.`, {
        cause,
      });
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
        let response = await fetchFile(attachment.url, attachment, signal);
        if (response.status === 403) {
          // The signed URL expired: read the message (or comment) again for a fresh one.
          await response.body?.cancel();
          const fresh = (await attachmentsOf(resources, source, signal)).find(
            (candidate) => candidate.id === attachment.id,
          );
          response = await fetchFile(fresh?.url, attachment, signal);
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw new MissiveError(
            `Downloading attachment ${attachment.id} failed with ${response.status}.`,
            { status: response.status, method: "GET" },
          );
        }
        const data = await readCapped(response, max, (size) => tooLarge(attachment, max, size));
        const mediaType =
          attachment.media_type && attachment.sub_type
            ? `${attachment.media_type}/${attachment.sub_type}`
            : (response.headers.get("content-type") ?? "application/octet-stream");
        files.push({
          id: attachment.id,
          filename: attachment.filename,
          mediaType,
          size: data.length,
          data,
        });
      }
      return files;
    },
  };
}

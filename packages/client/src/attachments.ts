/**
 * `client.attachments.download()`: the files of a message or comment. Attachment URLs are
 * signed links to a file host, not Missive API calls: they are fetched without the API token
 * (and outside the rate limiter), and an expired link (403) is replaced by a fresh one from a
 * second read of the message or comment. Each fetch of a file is `attachment-file.ts`: under the
 * client's timeouts, and only from https:// public hosts, redirects included.
 */

import {
  type Attachment,
  type AttachmentTransport,
  type FileBytes,
  fetchFile,
  tooLarge,
} from "./attachment-file.js";
import { NotFoundError } from "./errors.js";
import type { Resources } from "./resource-types.js";

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

export function createAttachments(resources: Lookup, transport: AttachmentTransport): Attachments {
  const { now } = transport;
  return {
    async download(source, options = {}) {
      const { signal } = options;
      const max = options.maxBytes ?? Infinity;
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
        const fetchFrom = (url: string | undefined, last: boolean) =>
          fetchFile(transport, url, attachment, max, signal, deadline, last);
        let got = await fetchFrom(attachment.url, false);
        if (!got) {
          // The signed URL expired: read the message (or comment) again for a fresh one.
          const fresh = (await attachmentsOf(resources, source, signal)).find(
            (candidate) => candidate.id === attachment.id,
          );
          // The last attempt resolves with the file or throws.
          got = (await fetchFrom(fresh?.url, true)) as FileBytes;
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

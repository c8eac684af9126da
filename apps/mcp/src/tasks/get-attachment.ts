/**
 * `get_attachment`: the files of a message, or of a comment, as embedded MCP resources under a
 * size cap, through `client.attachments.download()` (the token never goes to the file host; an
 * expired signed URL is refreshed once).
 */
import type { AttachmentSource, DownloadedAttachment } from "@missive-ts/client";
import type { CallToolResult } from "@modelcontextprotocol/server";
import type { Tool } from "../tool.js";

const defaultMaxBytes = 1_000_000;
const hardMaxBytes = 10_000_000;
const textTypes = /^(text\/|application\/(json|xml|csv)|message\/rfc822)/;

function sourceOf(args: Record<string, unknown>): { source: AttachmentSource; uri: string } {
  if (typeof args.message === "string") {
    return { source: args.message, uri: `missive://messages/${args.message}` };
  }
  if (typeof args.conversation === "string" && typeof args.comment === "string") {
    return {
      source: { conversation: args.conversation, comment: args.comment },
      uri: `missive://conversations/${args.conversation}/comments/${args.comment}`,
    };
  }
  throw new Error("Give message, or conversation and comment, to say whose attachment to get.");
}

function resourceOf(file: DownloadedAttachment, uri: string) {
  const at = `${uri}/attachments/${file.id}`;
  if (textTypes.test(file.mediaType)) {
    return { uri: at, mimeType: file.mediaType, text: new TextDecoder().decode(file.data) };
  }
  return { uri: at, mimeType: file.mediaType, blob: Buffer.from(file.data).toString("base64") };
}

export function getAttachmentTool(): Tool {
  return {
    name: "get_attachment",
    kind: "read",
    toolset: "conversations",
    sendFields: [],
    description:
      "Download the attachments of a message (message) or of a comment (conversation + comment), or only attachment, as embedded resources; a file over max_bytes is refused. Read-only.",
    inputSchema: {
      type: "object",
      properties: {
        message: { type: "string", description: "Message ID." },
        conversation: { type: "string", description: "Conversation ID of the comment." },
        comment: { type: "string", description: "Comment ID." },
        attachment: { type: "string", description: "Only this attachment ID." },
        max_bytes: {
          type: "integer",
          minimum: 1,
          maximum: hardMaxBytes,
          default: defaultMaxBytes,
          description: "Largest file to return.",
        },
      },
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        attachments: {
          type: "array",
          items: {
            type: "object",
            properties: {
              id: { type: "string" },
              filename: { type: "string" },
              media_type: { type: "string" },
              size: { type: "integer" },
              uri: { type: "string" },
            },
          },
        },
      },
      required: ["attachments"],
    },
    annotations: { readOnlyHint: true, openWorldHint: true },
    async call(args, { client, signal }): Promise<CallToolResult> {
      const { source, uri } = sourceOf(args);
      const files = await client.attachments.download(source, {
        attachmentId: typeof args.attachment === "string" ? args.attachment : undefined,
        maxBytes: Number(args.max_bytes ?? defaultMaxBytes),
        signal,
      });
      const attachments = files.map((file) => ({
        id: file.id,
        filename: file.filename,
        media_type: file.mediaType,
        size: file.size,
        uri: `${uri}/attachments/${file.id}`,
      }));
      const summary =
        files.length === 0
          ? "No attachments."
          : attachments.map((a) => `${a.filename} (${a.media_type}, ${a.size} bytes)`).join("\n");
      return {
        content: [
          { type: "text", text: summary },
          ...files.map((file) => ({ type: "resource" as const, resource: resourceOf(file, uri) })),
        ],
        structuredContent: { attachments },
      };
    },
  };
}

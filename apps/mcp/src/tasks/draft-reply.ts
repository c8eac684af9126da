/**
 * `draft_reply`: a reply draft in a conversation, addressed to the sender of its latest
 * message from outside the team (its Reply-To when set) with "Re: " + its subject: when the
 * latest message is our own (sent from a user's address), it answers the message before it,
 * never ourselves (see reply-target.ts). Saved, never sent, unless the server runs with
 * --allow-send and the call says `send: true` or `send_at`.
 */
import { annotationsFor } from "../annotations.js";
import type { Policy } from "../policy.js";
import { success } from "../results.js";
import type { Tool } from "../tool.js";
import { replyTarget } from "./reply-target.js";

type Item = Record<string, unknown>;

const replySubject = (subject: unknown) => {
  const text = typeof subject === "string" ? subject.trim() : "";
  return !text || /^re:/i.test(text) ? text : `Re: ${text}`;
};

export function draftReplyTool(policy: Policy): Tool {
  const sendProperties = policy.allowSend
    ? {
        send: { type: "boolean", description: "Send at once: the recipients receive it." },
        send_at: { type: "integer", description: "Send at this time (Unix seconds) instead." },
      }
    : {};
  return {
    name: "draft_reply",
    kind: "write",
    toolset: "conversations",
    sendFields: ["send", "send_at"],
    description: policy.allowSend
      ? "Reply in a conversation: a draft to the sender of its latest message from outside the team, with Re: subject. send: true sends it at once and send_at schedules it (people outside receive it); otherwise it is saved for review in Missive."
      : "Reply in a conversation: a draft to the sender of its latest message from outside the team, with Re: subject, saved for review in Missive. Never sent: sending is off on this server (--allow-send).",
    inputSchema: {
      type: "object",
      properties: {
        conversation: { type: "string", description: "Conversation ID." },
        body: { type: "string", description: "HTML or text body of the reply." },
        to_fields: {
          type: "array",
          description: "Recipients instead of the latest sender.",
          items: {
            type: "object",
            properties: { address: { type: "string" }, name: { type: "string" } },
            required: ["address"],
          },
        },
        from_field: {
          type: "object",
          description: "Sender; must be one of the user's addresses. Default: Missive's choice.",
          properties: { address: { type: "string" }, name: { type: "string" } },
          required: ["address"],
        },
        subject: { type: "string", description: "Subject instead of Re: + the latest one." },
        ...sendProperties,
      },
      required: ["conversation", "body"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: { drafts: { type: "object", properties: { id: { type: "string" } } } },
    },
    annotations: annotationsFor(policy.allowSend ? "send" : "write", "post"),
    async call(args, { client, signal }) {
      const conversation = String(args.conversation);
      const { latest, to: recipients } = await replyTarget(client, conversation, signal);
      const to = args.to_fields ?? recipients;
      if (!to) {
        throw new Error("The conversation has no message to reply to: give to_fields.");
      }
      const draft: Record<string, unknown> = {
        conversation,
        body: args.body,
        subject: args.subject ?? replySubject(latest?.subject),
        to_fields: to,
      };
      for (const field of ["from_field", "send", "send_at"]) {
        if (args[field] !== undefined) draft[field] = args[field];
      }
      const created = await client.drafts.create(
        draft as Parameters<typeof client.drafts.create>[0],
        { signal },
      );
      const sent = args.send === true || args.send_at !== undefined;
      return success(
        { drafts: (created ?? {}) as Item },
        sent
          ? "Reply created and sent (or scheduled)."
          : "Reply draft saved in the conversation; not sent.",
      );
    },
  };
}

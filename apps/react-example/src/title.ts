import type { Conversation } from "@missive-ts/react";

/** What to call a conversation in a list: its subject, else its latest message's. */
export const titleOf = (conversation: Conversation) =>
  conversation.subject || conversation.latest_message_subject || "(no subject)";

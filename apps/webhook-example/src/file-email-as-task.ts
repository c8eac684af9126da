import type { MissiveClient } from "@missive-ts/client";
import type { MissiveWebhookEvent } from "@missive-ts/client/webhooks";

/**
 * The line a filed task's description starts with: it ties the task to its message, so the
 * message is never filed twice, even by another process or after a restart (the handler's
 * in-memory dedupe forgets on restart; Missive's tasks do not).
 */
export const filedFrom = (messageId: string) => `Filed from Missive message ${messageId}`;

export type FileOutcome = "created" | "already filed" | "ignored";

/**
 * Files an `incoming_email` rule event as a subtask of its conversation, unless a task of that
 * conversation already names the message. Any other event is ignored.
 */
export async function fileEmailAsTask(
  missive: MissiveClient,
  event: MissiveWebhookEvent,
): Promise<FileOutcome> {
  if (event.kind !== "rule" || event.rule.type !== "incoming_email") return "ignored";
  const message = event.latest_message;
  if (!message) return "ignored";
  const marker = filedFrom(message.id);
  const conversation = event.conversation.id;
  for await (const task of missive.tasks.listAll({ conversation }))
    if (task.description?.startsWith(marker)) return "already filed";
  const from = message.from_field?.name || message.from_field?.address || "someone";
  await missive.tasks.create({
    title:
      `Answer ${from}: ${message.subject ?? event.conversation.latest_message_subject ?? "(no subject)"}`.slice(
        0,
        1000,
      ),
    description: `${marker}\n\n${message.preview ?? ""}`.slice(0, 10_000),
    subtask: true,
    conversation,
  });
  return "created";
}

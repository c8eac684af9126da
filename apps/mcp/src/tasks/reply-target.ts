/**
 * Whom a reply goes to. The latest message of a conversation may be our own (a user sent it
 * last, or wrote a follow-up): answering its sender would write to ourselves. So the reply goes
 * to the sender (Reply-To first) of the latest message that no user of the organization sent;
 * when every message on the first page is ours, to the recipients of our latest one. "Ours"
 * means sent from a user's address (`users.list`): a shared alias that is no user's address
 * looks like an outside sender.
 */
import type { MissiveClient } from "@missive-ts/client";

type Item = Record<string, unknown>;
type Address = { address?: unknown };

/** Messages looked at, newest first: one page. */
const lookBack = 10;

const addressOf = (field: unknown) =>
  typeof (field as Address | undefined)?.address === "string"
    ? String((field as Address).address).toLowerCase()
    : "";

export async function replyTarget(
  client: MissiveClient,
  conversation: string,
  signal: AbortSignal,
): Promise<{ latest: Item | undefined; to: Item[] | undefined }> {
  const [messages, users] = await Promise.all([
    client.conversations.listMessages(conversation, { limit: lookBack }, { signal }),
    client.users.list({ limit: 200 }, { signal }),
  ]);
  const ours = new Set(
    ((users ?? []) as Item[]).map((user) => String(user.email ?? "").toLowerCase()).filter(Boolean),
  );
  const list = (messages ?? []) as Item[];
  const isOurs = (message: Item) => ours.has(addressOf(message.from_field));
  const theirs = list.find((message) => !isOurs(message));
  if (theirs) {
    const replyTo = theirs.reply_to_fields as Item[] | undefined;
    const to = replyTo?.length
      ? replyTo
      : theirs.from_field
        ? [theirs.from_field as Item]
        : undefined;
    return { latest: theirs, to };
  }
  const latest = list[0];
  const recipients = ((latest?.to_fields as Item[] | undefined) ?? []).filter(
    (field) => !ours.has(addressOf(field)),
  );
  return { latest, to: recipients.length > 0 ? recipients : undefined };
}

/**
 * The entries of a conversation's timeline: its messages (bodies of the newest read in one
 * batch request), comments and posts, as plain text, oldest first.
 */
import type { MissiveClient } from "@missive-ts/client";
import { plainText } from "./plain-text.js";

export interface Entry {
  kind: "message" | "comment" | "post";
  id: string;
  at: number;
  author: string;
  text: string;
  attachments?: { id: string; filename: string }[];
}

type Item = Record<string, unknown>;
type Participant = { name?: string; address?: string; phone_number?: string; username?: string };

const who = (field: unknown) => {
  const p = (field ?? {}) as Participant;
  const handle = p.address ?? p.phone_number ?? p.username;
  return [p.name, handle && `<${handle}>`].filter(Boolean).join(" ") || "unknown";
};

const filesOf = (list: unknown) =>
  ((Array.isArray(list) ? list : list ? [list] : []) as Item[]).map((file) => ({
    id: String(file.id),
    filename: String(file.filename ?? ""),
  }));

/** Messages with their bodies: the list has none, so the newest are read in one batch request. */
async function messages(
  client: MissiveClient,
  conversation: string,
  bodies: number,
  signal: AbortSignal,
) {
  const listed = (await client.conversations
    .listAllMessages(conversation, {}, { signal })
    .collect()) as Item[];
  const newest = [...listed]
    .sort((a, b) => Number(b.delivered_at) - Number(a.delivered_at))
    .slice(0, bodies)
    .map((message) => String(message.id));
  const full = new Map<string, Item>();
  if (newest.length > 0) {
    // One id answers an object, several an array (GET /messages/{id1},{id2},…).
    const got = (await client.messages.get(newest, { signal })) as Item | Item[] | undefined;
    for (const message of Array.isArray(got) ? got : got ? [got] : [])
      full.set(String(message.id), message);
  }
  return listed.map((message): Entry => {
    const body = full.get(String(message.id))?.body;
    const entry: Entry = {
      kind: "message",
      id: String(message.id),
      at: Number(message.delivered_at),
      author: who(message.from_field),
      text: typeof body === "string" ? plainText(body) : String(message.preview ?? ""),
    };
    const files = filesOf(full.get(String(message.id))?.attachments ?? message.attachments);
    if (files.length > 0) entry.attachments = files;
    return entry;
  });
}

export async function timeline(
  client: MissiveClient,
  conversation: string,
  bodies: number,
  signal: AbortSignal,
) {
  const [mails, comments, posts] = await Promise.all([
    messages(client, conversation, bodies, signal),
    client.conversations.listAllComments(conversation, {}, { signal }).collect(),
    client.conversations.listAllPosts(conversation, {}, { signal }).collect(),
  ]);
  const fromComments = (comments as Item[]).map((comment): Entry => {
    const entry: Entry = {
      kind: "comment",
      id: String(comment.id),
      at: Number(comment.created_at),
      author: String((comment.author as Item | undefined)?.name ?? "unknown"),
      text: plainText(String(comment.body ?? "")),
    };
    const files = filesOf(comment.attachment);
    if (files.length > 0) entry.attachments = files;
    return entry;
  });
  const fromPosts = (posts as Item[]).map((post): Entry => {
    const note = (post.notification ?? {}) as Item;
    const parts = [
      note.title,
      note.body,
      ...((post.attachments ?? []) as Item[]).map((a) => a.markdown ?? a.text ?? a.title),
    ];
    return {
      kind: "post",
      id: String(post.id),
      at: Number(post.created_at),
      author: String(post.username ?? "integration"),
      text: plainText(parts.filter(Boolean).join("\n")),
    };
  });
  return [...mails, ...fromComments, ...fromPosts].sort((a, b) => a.at - b.at);
}

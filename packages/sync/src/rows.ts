/**
 * From API objects to rows: the typed columns of the schema and the searchable document.
 * Objects are loose (`raw` keeps them whole); a missing field becomes `null`.
 */
import { htmlToText } from "./html-text.js";
import type { NestedTable, TableName } from "./schema.js";
import type { Row } from "./store.js";

type Obj = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;
const obj = (value: unknown): Obj => (value && typeof value === "object" ? (value as Obj) : {});
const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : []);
/** An id given as a string or as `{ id }`. */
const ref = (value: unknown): string | null => str(value) ?? str(obj(value).id);
const ids = (value: unknown) =>
  JSON.stringify(
    list(value)
      .map(ref)
      .filter((id) => id !== null),
  );
const words = (...parts: unknown[]) =>
  parts.filter((part): part is string => typeof part === "string" && part !== "").join(" ");

/** The account's own entry of a conversation's `users` says whether it is closed for them. */
function closedFor(conversation: Obj, me: string | undefined): boolean | null {
  const users = list(conversation.users);
  const mine = users.find((user) => user.id === me) ?? users[0];
  return typeof mine?.closed === "boolean" ? mine.closed : null;
}

export function conversationRow(conversation: Obj, me?: string): Row {
  const subject = str(conversation.subject) ?? str(conversation.latest_message_subject);
  const lastActivityAt = num(conversation.last_activity_at);
  return {
    table: "conversations",
    id: String(conversation.id),
    raw: conversation,
    columns: {
      subject,
      last_activity_at: lastActivityAt,
      created_at: num(conversation.created_at),
      team_id: ref(conversation.team),
      organization_id: ref(conversation.organization),
      closed: closedFor(conversation, me),
      shared_label_ids: ids(conversation.shared_labels),
      assignee_ids: ids(conversation.assignees),
      messages_count: num(conversation.messages_count),
      drafts_count: num(conversation.drafts_count),
      web_url: str(conversation.web_url),
    },
    doc: { kind: "conversation", title: subject ?? "", body: "", from: null, at: lastActivityAt },
  };
}

/** A message as listed (no body) or fetched by id (with its HTML `body`). */
export function messageRow(message: Obj, conversationId: string): Row {
  const from = obj(message.from_field);
  const body = str(message.body);
  const text = body === null ? (str(message.preview) ?? "") : htmlToText(body);
  const subject = str(message.subject);
  const at = num(message.delivered_at);
  return {
    table: "messages",
    id: String(message.id),
    raw: message,
    columns: {
      conversation_id: conversationId,
      subject,
      from_address: str(from.address),
      from_name: str(from.name),
      delivered_at: at,
      body_text: text,
    },
    doc: {
      kind: "message",
      title: subject ?? "",
      body: words(str(from.name), str(from.address), text),
      from: words(str(from.name), str(from.address)),
      at,
    },
  };
}

export function commentRow(comment: Obj, conversationId: string): Row {
  const author = obj(comment.author);
  const at = num(comment.created_at);
  const body = str(comment.body) ?? "";
  return {
    table: "comments",
    id: String(comment.id),
    raw: comment,
    columns: { conversation_id: conversationId, author_id: ref(author), body, created_at: at },
    doc: {
      kind: "comment",
      title: "",
      body: words(str(author.name), body),
      from: words(str(author.name), str(author.email)),
      at,
    },
  };
}

/** A post's words: its notification and the text of its rich attachments. */
function postText(post: Obj): string {
  const notification = obj(post.notification);
  const cards = list(post.attachments).map((card) =>
    words(card.pretext, card.title, card.text, card.markdown, card.footer),
  );
  return words(notification.title, notification.body, ...cards);
}

export function postRow(post: Obj, conversationId: string): Row {
  const at = num(post.created_at);
  const text = postText(post);
  return {
    table: "posts",
    id: String(post.id),
    raw: post,
    columns: {
      conversation_id: conversationId,
      username: str(post.username),
      text,
      created_at: at,
    },
    doc: {
      kind: "post",
      title: "",
      body: words(str(post.username), text),
      from: str(post.username),
      at,
    },
  };
}

export function draftRow(draft: Obj, conversationId: string): Row {
  return {
    table: "drafts",
    id: String(draft.id),
    raw: draft,
    columns: {
      conversation_id: conversationId,
      subject: str(draft.subject),
      delivered_at: num(draft.delivered_at),
    },
  };
}

export const nestedRow: Record<NestedTable, (item: Obj, conversationId: string) => Row> = {
  messages: messageRow,
  comments: commentRow,
  posts: postRow,
  drafts: draftRow,
};

export function contactRow(contact: Obj): Row {
  const email = list(contact.infos).find((info) => info.kind === "email");
  const name = words(contact.first_name, contact.middle_name, contact.last_name);
  const emails = list(contact.infos)
    .filter((info) => info.kind === "email")
    .map((info) => str(info.value));
  return {
    table: "contacts",
    id: String(contact.id),
    raw: contact,
    columns: {
      contact_book_id: ref(contact.contact_book),
      first_name: str(contact.first_name),
      last_name: str(contact.last_name),
      email: str(email?.value),
      modified_at: num(contact.modified_at),
    },
    doc: {
      kind: "contact",
      title: name,
      body: words(...emails),
      from: null,
      at: num(contact.modified_at),
    },
  };
}

/** Rows of the small directory lists (no search document). */
export function directoryRow(table: TableName, item: Obj, extra: Obj = {}): Row {
  const columns: Row["columns"] = {};
  const all = { ...item, ...extra };
  switch (table) {
    case "users":
      Object.assign(columns, { name: str(all.name), email: str(all.email), me: all.me === true });
      break;
    case "teams":
    case "shared_labels":
      Object.assign(columns, { name: str(all.name), organization_id: ref(all.organization) });
      break;
    case "responses":
      Object.assign(columns, { title: str(all.title), organization_id: ref(all.organization) });
      break;
    case "contact_groups":
      Object.assign(columns, {
        contact_book_id: str(all.contact_book_id),
        kind: str(all.kind),
        name: str(all.name),
      });
      break;
    case "tasks":
      Object.assign(columns, {
        conversation_id: ref(all.conversation),
        title: str(all.title),
        state: str(all.state),
        team_id: ref(all.team),
        last_activity_at: num(all.last_activity_at),
      });
      break;
    default:
      columns.name = str(all.name);
  }
  return { table, id: String(item.id), raw: item, columns };
}

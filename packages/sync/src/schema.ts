/**
 * The schema, a public contract: one table per resource, named after it in plural snake case,
 * each with `id` (primary key), `raw` (the API object as last fetched, JSON) and typed columns
 * for the fields people filter on. Nested tables carry `conversation_id`. Both stores build
 * their DDL from this one list, so SQLite and Postgres hold the same columns.
 */

/** A typed column: `text`, `integer` (Unix seconds, counts) or `boolean`. */
export type ColumnType = "text" | "integer" | "boolean";

export interface TableSpec {
  /** Typed columns besides `id` and `raw`, in order. */
  readonly columns: Readonly<Record<string, ColumnType>>;
  /** Columns with an index (besides `id`). */
  readonly indexes: readonly string[];
}

export const TABLES = {
  conversations: {
    columns: {
      subject: "text",
      last_activity_at: "integer",
      created_at: "integer",
      team_id: "text",
      organization_id: "text",
      closed: "boolean",
      shared_label_ids: "text",
      assignee_ids: "text",
      messages_count: "integer",
      drafts_count: "integer",
      web_url: "text",
    },
    indexes: ["last_activity_at", "team_id"],
  },
  messages: {
    columns: {
      conversation_id: "text",
      subject: "text",
      from_address: "text",
      from_name: "text",
      delivered_at: "integer",
      body_text: "text",
    },
    indexes: ["conversation_id", "delivered_at", "from_address"],
  },
  comments: {
    columns: { conversation_id: "text", author_id: "text", body: "text", created_at: "integer" },
    indexes: ["conversation_id"],
  },
  posts: {
    columns: { conversation_id: "text", username: "text", text: "text", created_at: "integer" },
    indexes: ["conversation_id"],
  },
  drafts: {
    columns: { conversation_id: "text", subject: "text", delivered_at: "integer" },
    indexes: ["conversation_id"],
  },
  contacts: {
    columns: {
      contact_book_id: "text",
      first_name: "text",
      last_name: "text",
      email: "text",
      modified_at: "integer",
    },
    indexes: ["contact_book_id", "email"],
  },
  contact_books: { columns: { name: "text" }, indexes: [] },
  contact_groups: {
    columns: { contact_book_id: "text", kind: "text", name: "text" },
    indexes: ["contact_book_id"],
  },
  users: { columns: { name: "text", email: "text", me: "boolean" }, indexes: [] },
  teams: { columns: { name: "text", organization_id: "text" }, indexes: [] },
  organizations: { columns: { name: "text" }, indexes: [] },
  shared_labels: { columns: { name: "text", organization_id: "text" }, indexes: [] },
  tasks: {
    columns: {
      conversation_id: "text",
      title: "text",
      state: "text",
      team_id: "text",
      last_activity_at: "integer",
    },
    indexes: ["conversation_id"],
  },
  responses: { columns: { title: "text", organization_id: "text" }, indexes: [] },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Tables whose rows belong to a conversation (`conversation_id`), fetched per conversation. */
export const NESTED_TABLES = ["messages", "comments", "posts", "drafts"] as const;
export type NestedTable = (typeof NESTED_TABLES)[number];

/** The schema version this code writes; every migration up to it is recorded in the database. */
export const SCHEMA_VERSION = 2;

/** A searchable document: one per conversation, message, comment, post and contact. */
export type HitKind = "conversation" | "message" | "comment" | "post" | "contact";

/** The search document kind of each searchable table. */
export const DOCUMENT_KIND: Partial<Record<TableName, HitKind>> = {
  conversations: "conversation",
  messages: "message",
  comments: "comment",
  posts: "post",
  contacts: "contact",
};

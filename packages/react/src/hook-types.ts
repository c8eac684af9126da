/**
 * Types of the hooks, derived from the client's resource methods: no hand-written copy of a
 * Missive schema.
 */
import type { MissiveClient } from "@missive-ts/client";

type Method<N extends keyof MissiveClient, M extends keyof MissiveClient[N]> = MissiveClient[N][M];
type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type ItemOf<F> = NonNullable<ResultOf<F>> extends readonly (infer I)[] ? I : never;

/** A conversation, as `GET /conversations` returns it. */
export type Conversation = ItemOf<Method<"conversations", "list">>;
/** A message of a conversation. */
export type Message = ItemOf<Method<"conversations", "listMessages">>;
/** A comment of a conversation. */
export type Comment = ItemOf<Method<"conversations", "listComments">>;
/** A post of a conversation. */
export type Post = ItemOf<Method<"conversations", "listPosts">>;
/** A draft of a conversation. */
export type Draft = ItemOf<Method<"conversations", "listDrafts">>;
/** A contact. */
export type Contact = ItemOf<Method<"contacts", "list">>;
/** A task. */
export type Task = ItemOf<Method<"tasks", "list">>;
/** A team. */
export type Team = ItemOf<Method<"teams", "list">>;
/** A user of the organization(s) of the token's user. */
export type User = ItemOf<Method<"users", "list">>;
/** A shared label. */
export type SharedLabel = ItemOf<Method<"sharedLabels", "list">>;
/** A canned response. */
export type CannedResponse = ItemOf<Method<"responses", "list">>;

type QueryArg<F, I extends number> = F extends (...args: infer A) => unknown
  ? NonNullable<A[I]>
  : never;

/** Filter of `useConversations`: the query of `GET /conversations` without the cursor. */
export type ConversationsFilter = Omit<QueryArg<Method<"conversations", "list">, 0>, "until">;
/** Query of one page of a conversation's messages, comments, drafts or posts. */
export type ConversationPageQuery = QueryArg<Method<"conversations", "listMessages">, 1>;
/** Filter of `useContactsSearch`: the query of `GET /contacts` without `offset`. */
export type ContactsSearch = Omit<QueryArg<Method<"contacts", "list">, 0>, "offset">;
/** Filter of `useTasks`: the query of `GET /tasks` without the cursor. */
export type TasksFilter = Omit<QueryArg<Method<"tasks", "list">, 0>, "until">;
/** Query of `useTeams`. */
export type TeamsQuery = Omit<QueryArg<Method<"teams", "list">, 0>, "offset">;
/** Query of `useUsers`. */
export type UsersQuery = Omit<QueryArg<Method<"users", "list">, 0>, "offset">;
/** Query of `useSharedLabels`. */
export type SharedLabelsQuery = Omit<QueryArg<Method<"sharedLabels", "list">, 0>, "offset">;
/** Query of `useResponses`. */
export type ResponsesQuery = Omit<QueryArg<Method<"responses", "list">, 0>, "offset">;

/** Body of `POST /posts` (under its `posts` envelope). `reopen` defaults to `true` server-side. */
export type PostInput = Omit<QueryArg<Method<"posts", "create">, 0>, "reopen"> & {
  /** Whether the post reopens a closed conversation. Missive's default: `true`. */
  reopen?: boolean;
};
/** Body of `POST /drafts` (under its `drafts` envelope). */
export type DraftInput = QueryArg<Method<"drafts", "create">, 0>;
/** Objects of `PATCH /contacts/{ids}`: each carries the `id` it updates. */
export type ContactUpdateInput = QueryArg<Method<"contacts", "update">, 0>;
/** Objects of `PATCH /conversations/{ids}`: each carries the `id` it updates. */
export type ConversationUpdateInput = QueryArg<Method<"conversations", "update">, 0>;
/** Body of `PATCH /tasks/{id}`. */
export type TaskUpdateInput = QueryArg<Method<"tasks", "update">, 1>;
/** Objects of `POST /responses`. */
export type ResponsesInput = QueryArg<Method<"responses", "create">, 0>;
/** Body of `POST /analytics/reports`. */
export type AnalyticsReportRequest = QueryArg<Method<"analytics", "create">, 0>;
/** A ready analytics report. */
export type AnalyticsReport = ResultOf<Method<"analytics", "get">>;

/**
 * Query keys of the named hooks. Every key starts with `"missive"`; keys of one conversation
 * share the prefix `missiveKeys.conversation(id)`, so that
 * `queryClient.invalidateQueries({ queryKey: missiveKeys.conversation(id) })` refreshes the
 * conversation and everything in it, and the mutation hooks invalidate narrower keys.
 *
 * The path-based hooks of `createMissiveHooks` use openapi-react-query's own keys
 * (`["get", "/conversations", init]`), which these do not cover.
 */
import type {
  ContactsSearch,
  ConversationPageQuery,
  ConversationsFilter,
  ResponsesQuery,
  SharedLabelsQuery,
  TasksFilter,
  TeamsQuery,
  UsersQuery,
} from "./hook-types.js";

const root = "missive" as const;

/**
 * The key of one conversations list, apart so that `useConversations` alone does not bundle
 * every key (`missiveKeys.conversations.list` is this function).
 */
export const conversationsListKey = (filter: ConversationsFilter) =>
  [root, "conversations", "list", filter] as const;

export const missiveKeys = {
  /** Every query of the named hooks. */
  all: [root] as const,
  conversations: {
    /** Every conversation list (any filter). */
    lists: () => [root, "conversations", "list"] as const,
    /** The infinite list of `useConversations(filter)`. */
    list: conversationsListKey,
  },
  /** Prefix of everything about one conversation; also the key of `useConversation(id)`. */
  conversation: (id: string) => [root, "conversation", id] as const,
  /** Pages of a conversation's messages (any query). */
  messages: (id: string, query?: ConversationPageQuery) =>
    query === undefined
      ? ([root, "conversation", id, "messages"] as const)
      : ([root, "conversation", id, "messages", query] as const),
  /** Pages of a conversation's comments (any query). */
  comments: (id: string, query?: ConversationPageQuery) =>
    query === undefined
      ? ([root, "conversation", id, "comments"] as const)
      : ([root, "conversation", id, "comments", query] as const),
  /** Pages of a conversation's posts (any query). */
  posts: (id: string, query?: ConversationPageQuery) =>
    query === undefined
      ? ([root, "conversation", id, "posts"] as const)
      : ([root, "conversation", id, "posts", query] as const),
  /** Pages of a conversation's drafts (any query). */
  drafts: (id: string, query?: ConversationPageQuery) =>
    query === undefined
      ? ([root, "conversation", id, "drafts"] as const)
      : ([root, "conversation", id, "drafts", query] as const),
  contacts: {
    /** Every contact query. */
    all: () => [root, "contacts"] as const,
    /** Every contact search (any filter). */
    searches: () => [root, "contacts", "search"] as const,
    /** The infinite list of `useContactsSearch(search)`. */
    search: (search: ContactsSearch) => [root, "contacts", "search", search] as const,
  },
  tasks: {
    /** Every task list (any filter). */
    lists: () => [root, "tasks", "list"] as const,
    /** The infinite list of `useTasks(filter)`. */
    list: (filter: TasksFilter) => [root, "tasks", "list", filter] as const,
  },
  teams: (query: TeamsQuery = {}) => [root, "teams", query] as const,
  users: (query: UsersQuery = {}) => [root, "users", query] as const,
  sharedLabels: (query: SharedLabelsQuery = {}) => [root, "shared_labels", query] as const,
  responses: {
    /** Every canned-response list (any query). */
    lists: () => [root, "responses"] as const,
    list: (query: ResponsesQuery = {}) => [root, "responses", query] as const,
  },
  /** An analytics report run by `useAnalyticsReport(request)`. */
  analyticsReport: (request: unknown) => [root, "analytics", "report", request] as const,
} as const;

/** The named query hooks: each one `missiveQueries.x(useMissiveClient(), …)` plus TanStack's hook. */

import type { MissiveError } from "@missive-ts/client";
import {
  type UseInfiniteQueryResult,
  type UseQueryResult,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import type { MissivePages } from "./pages.js";
import { useMissiveClient } from "./provider.js";
import { type AnalyticsPolling, missiveQueries } from "./queries.js";
import type {
  AnalyticsReport,
  AnalyticsReportRequest,
  CannedResponse,
  Comment,
  Contact,
  ContactsSearch,
  Conversation,
  ConversationPageQuery,
  ConversationsFilter,
  Message,
  Post,
  ResponsesQuery,
  SharedLabel,
  SharedLabelsQuery,
  Task,
  TasksFilter,
  Team,
  TeamsQuery,
  User,
  UsersQuery,
} from "./types.js";

/** Options every named query hook accepts. */
export interface MissiveQueryOptions {
  /** `false` holds the query (e.g. until an id is known). Default `true`. */
  enabled?: boolean;
}

type Result<T> = UseQueryResult<T, MissiveError>;
type Pages<T, P> = UseInfiniteQueryResult<MissivePages<T, P>, MissiveError>;

/**
 * Conversations of a mailbox, newest activity first, as an infinite list: `data.items` holds
 * every conversation loaded so far exactly once; `fetchNextPage()` loads the next page (the
 * `until` walk of the docs). Pass a mailbox filter such as `{ inbox: true }`.
 */
export function useConversations(
  filter: ConversationsFilter,
  options: MissiveQueryOptions = {},
): Pages<Conversation, number | undefined> {
  const client = useMissiveClient();
  return useInfiniteQuery({ ...missiveQueries.conversations(client, filter), ...options });
}

/** One conversation. */
export function useConversation(
  id: string,
  options: MissiveQueryOptions = {},
): Result<Conversation> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.conversation(client, id), ...options });
}

/** A page of a conversation's messages, newest first (default: the newest 10). */
export function useConversationMessages(
  id: string,
  query?: ConversationPageQuery,
  options: MissiveQueryOptions = {},
): Result<Message[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.messages(client, id, query), ...options });
}

/** A page of a conversation's comments, newest first (default: the newest 10). */
export function useConversationComments(
  id: string,
  query?: ConversationPageQuery,
  options: MissiveQueryOptions = {},
): Result<Comment[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.comments(client, id, query), ...options });
}

/** A page of a conversation's posts, newest first (default: the newest 10). */
export function useConversationPosts(
  id: string,
  query?: ConversationPageQuery,
  options: MissiveQueryOptions = {},
): Result<Post[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.posts(client, id, query), ...options });
}

/** Contacts of one contact book matching `search`, as an infinite list (offset pages). */
export function useContactsSearch(
  search: ContactsSearch,
  options: MissiveQueryOptions = {},
): Pages<Contact, number> {
  const client = useMissiveClient();
  return useInfiniteQuery({ ...missiveQueries.contactsSearch(client, search), ...options });
}

/** Tasks, newest activity first, as an infinite list (until pages, exact-once). */
export function useTasks(
  filter: TasksFilter = {},
  options: MissiveQueryOptions = {},
): Pages<Task, number | undefined> {
  const client = useMissiveClient();
  return useInfiniteQuery({ ...missiveQueries.tasks(client, filter), ...options });
}

/** Every team. */
export function useTeams(
  query: TeamsQuery = {},
  options: MissiveQueryOptions = {},
): Result<Team[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.teams(client, query), ...options });
}

/** Every user of the organizations of the token's user. */
export function useUsers(
  query: UsersQuery = {},
  options: MissiveQueryOptions = {},
): Result<User[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.users(client, query), ...options });
}

/** Every shared label. */
export function useSharedLabels(
  query: SharedLabelsQuery = {},
  options: MissiveQueryOptions = {},
): Result<SharedLabel[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.sharedLabels(client, query), ...options });
}

/** Every canned response. */
export function useResponses(
  query: ResponsesQuery = {},
  options: MissiveQueryOptions = {},
): Result<CannedResponse[]> {
  const client = useMissiveClient();
  return useQuery({ ...missiveQueries.responses(client, query), ...options });
}

/**
 * Creates an analytics report and polls until Missive has it ready (first fetch after
 * `firstPollAfterMs`, then every `pollIntervalMs`: 5 s each by default, as the docs advise).
 * `isPending` stays `true` meanwhile.
 */
export function useAnalyticsReport(
  request: AnalyticsReportRequest,
  options: MissiveQueryOptions & AnalyticsPolling = {},
): Result<AnalyticsReport> {
  const client = useMissiveClient();
  const { enabled, ...polling } = options;
  const base = missiveQueries.analyticsReport(client, request, polling);
  return useQuery(enabled === undefined ? base : { ...base, enabled });
}

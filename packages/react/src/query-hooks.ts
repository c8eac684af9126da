/** The named query hooks: each one `missiveQueries.x(useMissiveClient(), …)` plus TanStack's hook. */

import type { MissiveError } from "@missive-ts/client";
import {
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  type UseQueryOptions,
  type UseQueryResult,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
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
} from "./hook-types.js";
import type { MissivePages } from "./infinite-lists.js";
import { type AnalyticsPolling, conversationsQuery, missiveQueries } from "./missive-queries.js";
import { useMissiveClient } from "./provider.js";

/**
 * TanStack's `useQuery` options a named query hook accepts (`enabled`, `select`, `staleTime`,
 * `refetchInterval`, `placeholderData`, …): all but the key and the function, which the hook
 * sets. `select` changes what `data` holds: `useUsers({}, { select: (users) => users.length })`.
 */
export type MissiveQueryOptions<T, TSelected = T> = Omit<
  UseQueryOptions<T, MissiveError, TSelected, QueryKey>,
  "queryKey" | "queryFn"
>;

/**
 * TanStack's `useInfiniteQuery` options an infinite list hook accepts (`enabled`, `staleTime`,
 * `maxPages`, …): all but the key, the function, the paging and `select`, which the hook sets
 * to walk the list exactly once and build `data.items`.
 */
export type MissiveInfiniteQueryOptions<T, P> = Omit<
  UseInfiniteQueryOptions<T[], MissiveError, MissivePages<T, P>, QueryKey, P>,
  | "queryKey"
  | "queryFn"
  | "initialPageParam"
  | "getNextPageParam"
  | "getPreviousPageParam"
  | "select"
>;

type Result<T> = UseQueryResult<T, MissiveError>;
type Pages<T, P> = UseInfiniteQueryResult<MissivePages<T, P>, MissiveError>;

/**
 * `useQuery` with a named query's key and function (`missiveQueries.x`, typed by `T` there),
 * and the caller's options on top.
 */
function useNamedQuery<T, TSelected>(
  base: { readonly queryKey: QueryKey },
  options: MissiveQueryOptions<T, TSelected>,
): Result<TSelected> {
  return useQuery({ ...base, ...options } as UseQueryOptions<T, MissiveError, TSelected, QueryKey>);
}

/** `useInfiniteQuery` with a list's key, function and paging, and the caller's options on top. */
function useNamedList<T, P>(
  base: { readonly queryKey: QueryKey },
  options: MissiveInfiniteQueryOptions<T, P>,
): Pages<T, P> {
  return useInfiniteQuery({ ...options, ...base } as UseInfiniteQueryOptions<
    T[],
    MissiveError,
    MissivePages<T, P>,
    QueryKey,
    P
  >);
}

/**
 * Conversations of a mailbox, newest activity first, as an infinite list: `data.items` holds
 * every conversation loaded so far exactly once; `fetchNextPage()` loads the next page (the
 * `until` walk of the docs). Pass a mailbox filter such as `{ inbox: true }`.
 */
export function useConversations(
  filter: ConversationsFilter,
  options: MissiveInfiniteQueryOptions<Conversation, number | undefined> = {},
): Pages<Conversation, number | undefined> {
  return useNamedList(conversationsQuery(useMissiveClient(), filter), options);
}

/** One conversation. */
export function useConversation<TSelected = Conversation>(
  id: string,
  options: MissiveQueryOptions<Conversation, TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.conversation(useMissiveClient(), id), options);
}

/** A page of a conversation's messages, newest first (default: the newest 10). */
export function useConversationMessages<TSelected = Message[]>(
  id: string,
  query?: ConversationPageQuery,
  options: MissiveQueryOptions<Message[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.messages(useMissiveClient(), id, query), options);
}

/** A page of a conversation's comments, newest first (default: the newest 10). */
export function useConversationComments<TSelected = Comment[]>(
  id: string,
  query?: ConversationPageQuery,
  options: MissiveQueryOptions<Comment[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.comments(useMissiveClient(), id, query), options);
}

/** A page of a conversation's posts, newest first (default: the newest 10). */
export function useConversationPosts<TSelected = Post[]>(
  id: string,
  query?: ConversationPageQuery,
  options: MissiveQueryOptions<Post[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.posts(useMissiveClient(), id, query), options);
}

/** Contacts of one contact book matching `search`, as an infinite list (offset pages). */
export function useContactsSearch(
  search: ContactsSearch,
  options: MissiveInfiniteQueryOptions<Contact, number> = {},
): Pages<Contact, number> {
  return useNamedList(missiveQueries.contactsSearch(useMissiveClient(), search), options);
}

/** Tasks, newest activity first, as an infinite list (until pages, exact-once). */
export function useTasks(
  filter: TasksFilter = {},
  options: MissiveInfiniteQueryOptions<Task, number | undefined> = {},
): Pages<Task, number | undefined> {
  return useNamedList(missiveQueries.tasks(useMissiveClient(), filter), options);
}

/** Every team. */
export function useTeams<TSelected = Team[]>(
  query: TeamsQuery = {},
  options: MissiveQueryOptions<Team[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.teams(useMissiveClient(), query), options);
}

/** Every user of the organizations of the token's user. */
export function useUsers<TSelected = User[]>(
  query: UsersQuery = {},
  options: MissiveQueryOptions<User[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.users(useMissiveClient(), query), options);
}

/** Every shared label. */
export function useSharedLabels<TSelected = SharedLabel[]>(
  query: SharedLabelsQuery = {},
  options: MissiveQueryOptions<SharedLabel[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.sharedLabels(useMissiveClient(), query), options);
}

/** Every canned response. */
export function useResponses<TSelected = CannedResponse[]>(
  query: ResponsesQuery = {},
  options: MissiveQueryOptions<CannedResponse[], TSelected> = {},
): Result<TSelected> {
  return useNamedQuery(missiveQueries.responses(useMissiveClient(), query), options);
}

/**
 * Creates an analytics report and polls until Missive has it ready (first fetch after
 * `firstPollAfterMs`, then every `pollIntervalMs`: 5 s each by default, as the docs advise).
 * `isPending` stays `true` meanwhile.
 */
export function useAnalyticsReport<TSelected = AnalyticsReport>(
  request: AnalyticsReportRequest,
  options: MissiveQueryOptions<AnalyticsReport, TSelected> & AnalyticsPolling = {},
): Result<TSelected> {
  const { firstPollAfterMs, pollIntervalMs, timeoutMs, ...query } = options;
  const polling = { firstPollAfterMs, pollIntervalMs, timeoutMs };
  return useNamedQuery(missiveQueries.analyticsReport(useMissiveClient(), request, polling), query);
}

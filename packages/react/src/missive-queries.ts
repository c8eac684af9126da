/**
 * Query options of the named hooks, for loaders, prefetching and `useQueries`:
 * `await queryClient.ensureQueryData(missiveQueries.conversation(client, id))`.
 */
import { type MissiveClient, type MissiveError, NotFoundError } from "@missive-ts/client";
import { type QueryFunction, type QueryKey, queryOptions } from "@tanstack/react-query";
import type {
  AnalyticsReportRequest,
  ContactsSearch,
  ConversationPageQuery,
  ConversationsFilter,
  ResponsesQuery,
  SharedLabelsQuery,
  TasksFilter,
  TeamsQuery,
  UsersQuery,
} from "./hook-types.js";
import { defaultLimit, offsetInfinite, untilInfinite } from "./infinite-lists.js";
import { conversationsListKey, missiveKeys } from "./missive-keys.js";

/** Timing of `useAnalyticsReport`: the docs' 5 s by default; smaller in tests. */
export interface AnalyticsPolling {
  /** Wait before the first fetch of the report, in ms. Default 5 000 (the docs' advice). */
  firstPollAfterMs?: number | undefined;
  /** Wait between two fetches of a report that is not ready, in ms. Default 5 000. */
  pollIntervalMs?: number | undefined;
  /** Gives up with `TimeoutError` after this many ms. Default 120 000. */
  timeoutMs?: number | undefined;
}

/** `queryOptions` whose error is the client's typed `MissiveError`. */
function missiveQuery<T, K extends QueryKey>(options: {
  queryKey: K;
  queryFn: QueryFunction<T, K>;
  staleTime?: number;
  retry?: boolean;
}) {
  return queryOptions<T, MissiveError, T, K>(options);
}

const withUntil = <Q extends object>(query: Q, limit: number, until: number | undefined) =>
  until === undefined ? { ...query, limit } : { ...query, limit, until };

/**
 * `GET /conversations` page by page (until-style, exact-once). A mailbox filter is required.
 * A function of its own (also `missiveQueries.conversations`), so that an app using only
 * `useConversations` does not bundle every query.
 */
export function conversationsQuery(client: MissiveClient, filter: ConversationsFilter) {
  const limit = filter.limit ?? defaultLimit("conversations.list");
  return untilInfinite(
    conversationsListKey(filter),
    (until, signal) => client.conversations.list(withUntil(filter, limit, until), { signal }),
    "last_activity_at",
    limit,
  );
}

export const missiveQueries = {
  conversations: conversationsQuery,

  /** `GET /conversations/{id}`, unwrapped to the conversation. */
  conversation(client: MissiveClient, id: string) {
    return missiveQuery({
      queryKey: missiveKeys.conversation(id),
      queryFn: async ({ signal }) => {
        const [conversation] = await client.conversations.get(id, { signal });
        if (conversation === undefined) {
          throw new NotFoundError(
            `Conversation ${id} was not returned. Check the id, and that the token's user can see it.`,
            { status: 404, method: "GET", path: `/conversations/${id}` },
          );
        }
        return conversation;
      },
    });
  },

  /** One page of a conversation's messages (default: the newest 10). */
  messages(client: MissiveClient, id: string, query?: ConversationPageQuery) {
    return missiveQuery({
      queryKey: missiveKeys.messages(id, query ?? {}),
      queryFn: ({ signal }) => client.conversations.listMessages(id, query, { signal }),
    });
  },

  /** One page of a conversation's comments (default: the newest 10). */
  comments(client: MissiveClient, id: string, query?: ConversationPageQuery) {
    return missiveQuery({
      queryKey: missiveKeys.comments(id, query ?? {}),
      queryFn: ({ signal }) => client.conversations.listComments(id, query, { signal }),
    });
  },

  /** One page of a conversation's posts (default: the newest 10). */
  posts(client: MissiveClient, id: string, query?: ConversationPageQuery) {
    return missiveQuery({
      queryKey: missiveKeys.posts(id, query ?? {}),
      queryFn: ({ signal }) => client.conversations.listPosts(id, query, { signal }),
    });
  },

  /** One page of a conversation's drafts (default: the newest 10). */
  drafts(client: MissiveClient, id: string, query?: ConversationPageQuery) {
    return missiveQuery({
      queryKey: missiveKeys.drafts(id, query ?? {}),
      queryFn: ({ signal }) => client.conversations.listDrafts(id, query, { signal }),
    });
  },

  /** `GET /contacts` of one contact book, page by page (offset-style). */
  contactsSearch(client: MissiveClient, search: ContactsSearch) {
    const limit = search.limit ?? defaultLimit("contacts.list");
    return offsetInfinite(
      missiveKeys.contacts.search(search),
      (offset, signal) => client.contacts.list({ ...search, limit, offset }, { signal }),
      limit,
    );
  },

  /** `GET /tasks` page by page (until-style, exact-once). */
  tasks(client: MissiveClient, filter: TasksFilter = {}) {
    const limit = filter.limit ?? defaultLimit("tasks.list");
    return untilInfinite(
      missiveKeys.tasks.list(filter),
      (until, signal) => client.tasks.list(withUntil(filter, limit, until), { signal }),
      "last_activity_at",
      limit,
    );
  },

  /** Every team (all pages). */
  teams(client: MissiveClient, query: TeamsQuery = {}) {
    return missiveQuery({
      queryKey: missiveKeys.teams(query),
      queryFn: ({ signal }) => client.teams.listAll(query, { signal }).collect(),
    });
  },

  /** Every user (all pages). */
  users(client: MissiveClient, query: UsersQuery = {}) {
    return missiveQuery({
      queryKey: missiveKeys.users(query),
      queryFn: ({ signal }) => client.users.listAll(query, { signal }).collect(),
    });
  },

  /** Every shared label (all pages). */
  sharedLabels(client: MissiveClient, query: SharedLabelsQuery = {}) {
    return missiveQuery({
      queryKey: missiveKeys.sharedLabels(query),
      queryFn: ({ signal }) => client.sharedLabels.listAll(query, { signal }).collect(),
    });
  },

  /** Every canned response (all pages). */
  responses(client: MissiveClient, query: ResponsesQuery = {}) {
    return missiveQuery({
      queryKey: missiveKeys.responses.list(query),
      queryFn: ({ signal }) => client.responses.listAll(query, { signal }).collect(),
    });
  },

  /**
   * Creates an analytics report and polls until it is ready (`client.analytics.run`). Never
   * refetched on its own (`staleTime: Infinity`): each run creates a new report.
   */
  analyticsReport(
    client: MissiveClient,
    request: AnalyticsReportRequest,
    polling: AnalyticsPolling = {},
  ) {
    return missiveQuery({
      queryKey: missiveKeys.analyticsReport(request),
      queryFn: ({ signal }) => client.analytics.run(request, { ...polling, signal }),
      staleTime: Number.POSITIVE_INFINITY,
      // run() already waits for the report; a failure (timeout, 4xx) is not worth repeating.
      retry: false,
    });
  },
} as const;

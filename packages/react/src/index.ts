/**
 * @missive-ts/react: TanStack Query hooks for the Missive REST API, on @missive-ts/client.
 */
export {
  type BrowserMissiveClientOptions,
  createBrowserMissiveClient,
} from "./browser-client.js";
export { createMissiveHooks, type MissiveHooks } from "./create-hooks.js";
export type * from "./hook-types.js";
export type { MissivePages } from "./infinite-lists.js";
export { missiveKeys } from "./missive-keys.js";
export { type AnalyticsPolling, missiveQueries } from "./missive-queries.js";
export {
  type MissiveMutationOptions,
  type UpdateTaskVariables,
  useCreateDraft,
  useCreatePost,
  useCreateResponses,
  useDeleteResponses,
  useSendDraft,
  useUpdateContacts,
  useUpdateTask,
} from "./mutation-hooks.js";
export {
  flattenPages,
  nextOffset,
  nextUntil,
  type SeenIds,
  type UntilStep,
  untilStep,
} from "./page-step.js";
export { MissiveProvider, type MissiveProviderProps, useMissiveClient } from "./provider.js";
export {
  type MissiveQueryOptions,
  useAnalyticsReport,
  useContactsSearch,
  useConversation,
  useConversationComments,
  useConversationMessages,
  useConversationPosts,
  useConversations,
  useResponses,
  useSharedLabels,
  useTasks,
  useTeams,
  useUsers,
} from "./query-hooks.js";
export {
  type ConversationsSnapshot,
  type UpdateConversationsOptions,
  useUpdateConversations,
} from "./update-conversations.js";

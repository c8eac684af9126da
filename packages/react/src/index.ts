/**
 * @missive-ts/react: TanStack Query hooks for the Missive REST API, on @missive-ts/client.
 */
export {
  type BrowserMissiveClientOptions,
  createBrowserMissiveClient,
} from "./browser-client.js";
export { createMissiveHooks, type MissiveHooks } from "./create-hooks.js";
export { missiveKeys } from "./keys.js";
export {
  flattenPages,
  nextOffset,
  nextUntil,
  type SeenIds,
  type UntilStep,
  untilStep,
} from "./page-step.js";
export type { MissivePages } from "./pages.js";
export { MissiveProvider, type MissiveProviderProps, useMissiveClient } from "./provider.js";
export { type AnalyticsPolling, missiveQueries } from "./queries.js";
export type * from "./types.js";
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
} from "./use-mutations.js";
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
} from "./use-queries.js";

/**
 * `useUpdateConversations`: `PATCH /conversations/{ids}` with an optimistic cache update. The
 * cached conversations and every cached conversation list page holding them show the change at
 * once; on error the cache is restored from a snapshot; once settled, exactly the updated
 * conversations and the conversation lists refetch (not their messages, posts, users, …).
 */
import type { MissiveClient, MissiveError } from "@missive-ts/client";
import {
  type InfiniteData,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  Conversation,
  ConversationsFilter,
  ConversationUpdateInput,
  SharedLabel,
} from "./hook-types.js";
import { missiveKeys } from "./missive-keys.js";
import { useMissiveClient } from "./provider.js";

type Update = ConversationUpdateInput[number];
type UpdateConversationsResult = Awaited<ReturnType<MissiveClient["conversations"]["update"]>>;
type Pages = InfiniteData<Conversation[], unknown>;

/** The cache as it was before the update: restored on error. */
export interface ConversationsSnapshot {
  entries: [QueryKey, unknown][];
}

/**
 * Options of `useUpdateConversations`: TanStack's, minus `mutationFn` and `onMutate` (the hook's
 * own onMutate applies the optimistic update; `onError` and `onSettled` receive its snapshot).
 */
export type UpdateConversationsOptions = Omit<
  UseMutationOptions<
    UpdateConversationsResult,
    MissiveError,
    ConversationUpdateInput,
    ConversationsSnapshot
  >,
  "mutationFn" | "onMutate"
>;

/** Names of the shared labels in any cached `useSharedLabels` list, so an added label shows its name. */
function labelNames(queryClient: QueryClient): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, data] of queryClient.getQueriesData<SharedLabel[]>({
    queryKey: missiveKeys.sharedLabels().slice(0, 2),
  })) {
    for (const label of Array.isArray(data) ? data : []) {
      if (label.name !== undefined) names.set(label.id, label.name);
    }
  }
  return names;
}

/** The fields an update changes that the client can know without the answer. */
function patch(conversation: Conversation, update: Update, names: Map<string, string>) {
  const next: Conversation = { ...conversation };
  if (update.subject !== undefined) next.subject = update.subject;
  const closed = update.close ? true : update.reopen || update.add_to_inbox ? false : undefined;
  if (closed !== undefined) {
    if (next.users) next.users = next.users.map((user) => ({ ...user, closed }));
    if (next.assignees) next.assignees = next.assignees.map((user) => ({ ...user, closed }));
  }
  if (update.add_shared_labels || update.remove_shared_labels) {
    const removed = new Set(update.remove_shared_labels ?? []);
    const labels = (next.shared_labels ?? []).filter((label) => !removed.has(label.id));
    for (const id of update.add_shared_labels ?? []) {
      if (!labels.some((label) => label.id === id)) {
        const name = names.get(id);
        labels.push(name === undefined ? { id } : { id, name });
      }
    }
    next.shared_labels = labels;
    next.shared_label_names = labels.map((label) => label.name ?? label.id).join(", ");
  }
  return next;
}

/**
 * Whether the conversation leaves a list of this filter: a closed one leaves the (team) inbox,
 * a reopened one the (team) closed mailbox, and one losing a label that label's list. Other
 * mailboxes (assigned, flagged, …) keep it until the refetch says otherwise.
 */
function leaves(filter: ConversationsFilter, update: Update): boolean {
  if (update.close && (filter.inbox || filter.team_inbox)) return true;
  if ((update.reopen || update.add_to_inbox) && (filter.closed || filter.team_closed)) return true;
  const label = filter.shared_label;
  return typeof label === "string" && (update.remove_shared_labels ?? []).includes(label);
}

function patchPages(
  pages: Pages,
  filter: ConversationsFilter,
  updates: Map<string, Update>,
  names: Map<string, string>,
): Pages {
  return {
    ...pages,
    pages: pages.pages.map((page) =>
      page.flatMap((conversation) => {
        const update = updates.get(conversation.id);
        if (!update) return [conversation];
        return leaves(filter, update) ? [] : [patch(conversation, update, names)];
      }),
    ),
  };
}

async function applyOptimistic(
  queryClient: QueryClient,
  input: ConversationUpdateInput,
): Promise<ConversationsSnapshot> {
  const updates = new Map(input.map((update) => [update.id, update]));
  const details = [...updates.keys()].map((id) => missiveKeys.conversation(id));
  await Promise.all([
    queryClient.cancelQueries({ queryKey: missiveKeys.conversations.lists() }),
    ...details.map((queryKey) => queryClient.cancelQueries({ queryKey, exact: true })),
  ]);
  const names = labelNames(queryClient);
  const entries: [QueryKey, unknown][] = [];
  for (const [key, data] of queryClient.getQueriesData<Pages>({
    queryKey: missiveKeys.conversations.lists(),
  })) {
    if (!data?.pages) continue;
    entries.push([key, data]);
    const filter = (key[3] ?? {}) as ConversationsFilter;
    queryClient.setQueryData(key, patchPages(data, filter, updates, names));
  }
  for (const key of details) {
    const data = queryClient.getQueryData<Conversation>(key);
    const update = updates.get(key[2]);
    if (!data || !update) continue;
    entries.push([key, data]);
    queryClient.setQueryData(key, patch(data, update, names));
  }
  return { entries };
}

/**
 * Updates conversations without a post (`PATCH /conversations/{ids}`; each object carries its
 * `id`): close, reopen, label, assign, move, rename. Optimistic: see the file's comment. The
 * mutation stays pending until the refetch is done.
 */
export function useUpdateConversations(options: UpdateConversationsOptions = {}) {
  const client = useMissiveClient();
  const queryClient = useQueryClient();
  const { onError, onSettled, ...rest } = options;
  return useMutation<
    UpdateConversationsResult,
    MissiveError,
    ConversationUpdateInput,
    ConversationsSnapshot
  >({
    ...rest,
    mutationFn: (input) => client.conversations.update(input),
    onMutate: (input) => applyOptimistic(queryClient, input),
    onError: async (error, input, snapshot, context) => {
      for (const [key, data] of snapshot?.entries ?? []) queryClient.setQueryData(key, data);
      await onError?.(error, input, snapshot, context);
    },
    onSettled: async (data, error, input, snapshot, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: missiveKeys.conversations.lists() }),
        ...input.map(({ id }) =>
          queryClient.invalidateQueries({ queryKey: missiveKeys.conversation(id), exact: true }),
        ),
      ]);
      await onSettled?.(data, error, input, snapshot, context);
    },
  });
}

/**
 * The named mutation hooks. Each invalidates exactly the queries its write changes (keys of
 * `missiveKeys`), and keeps the mutation pending until they are refetched: when `mutateAsync`
 * resolves, the UI already shows the new state.
 */
import type { MissiveClient, MissiveError } from "@missive-ts/client";
import {
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import type {
  ContactUpdateInput,
  DraftInput,
  PostInput,
  ResponsesInput,
  TaskUpdateInput,
} from "./hook-types.js";
import { missiveKeys } from "./missive-keys.js";
import { useMissiveClient } from "./provider.js";

type Fn<N extends keyof MissiveClient, M extends keyof MissiveClient[N]> = MissiveClient[N][M];
type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/** What every mutation hook accepts: TanStack's options, minus the function it calls. */
export type MissiveMutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, MissiveError, TVariables>,
  "mutationFn"
>;

/** A query to invalidate: a key prefix, or an exact key. */
type Target = QueryKey | { queryKey: QueryKey; exact: true };

function useMissiveMutation<TData, TVariables>(
  mutationFn: (client: MissiveClient, variables: TVariables) => Promise<TData>,
  affected: (variables: TVariables, data: TData) => Target[],
  options: MissiveMutationOptions<TData, TVariables>,
): UseMutationResult<TData, MissiveError, TVariables> {
  const client = useMissiveClient();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = options;
  return useMutation<TData, MissiveError, TVariables>({
    ...rest,
    mutationFn: (variables) => mutationFn(client, variables),
    onSuccess: async (...args) => {
      await invalidate(queryClient, affected(args[1], args[0]));
      await onSuccess?.(...args);
    },
  });
}

function invalidate(queryClient: QueryClient, targets: Target[]) {
  return Promise.all(
    targets.map((target) =>
      queryClient.invalidateQueries(
        Array.isArray(target) ? { queryKey: target } : (target as { queryKey: QueryKey }),
      ),
    ),
  );
}

/** The conversation itself (not its messages, posts, …) and every conversation list. */
const conversationState = (id: string | undefined): Target[] =>
  id === undefined
    ? [missiveKeys.conversations.lists()]
    : [{ queryKey: missiveKeys.conversation(id), exact: true }, missiveKeys.conversations.lists()];

const conversationOf = (data: unknown, variables: { conversation?: string | undefined }) => {
  const id = (data as { conversation?: unknown } | undefined)?.conversation;
  return typeof id === "string" ? id : variables.conversation;
};

type CreatePostResult = ResultOf<Fn<"posts", "create">>;

/**
 * Creates a post (`POST /posts`): in a conversation (`conversation`), or in a new one. It may
 * also close, reopen, label, assign or move the conversation (`close: true`, …). Invalidates
 * the conversation's posts, the conversation and the conversation lists; not its messages,
 * comments or drafts, nor other conversations.
 */
export function useCreatePost(options: MissiveMutationOptions<CreatePostResult, PostInput> = {}) {
  return useMissiveMutation(
    (client, post) => client.posts.create(post as Parameters<Fn<"posts", "create">>[0]),
    (post, data) => {
      const id = conversationOf(data, post);
      return id === undefined
        ? conversationState(undefined)
        : [missiveKeys.posts(id), ...conversationState(id)];
    },
    options,
  );
}

type CreateDraftResult = ResultOf<Fn<"drafts", "create">>;

const draftTargets = (draft: DraftInput, data: CreateDraftResult): Target[] => {
  const id = conversationOf(data, draft);
  if (id === undefined) return conversationState(undefined);
  const sent = draft.send === true ? [missiveKeys.messages(id)] : [];
  return [missiveKeys.drafts(id), ...sent, ...conversationState(id)];
};

/**
 * Creates a draft (`POST /drafts`), or sends it at once with `send: true`. Invalidates the
 * conversation's drafts (and messages when sent), the conversation and the conversation lists.
 */
export function useCreateDraft(
  options: MissiveMutationOptions<CreateDraftResult, DraftInput> = {},
) {
  return useMissiveMutation((client, draft) => client.drafts.create(draft), draftTargets, options);
}

/**
 * Sends a message: `POST /drafts` with `send: true`. Missive has no call that sends an existing
 * draft; create the draft with everything it needs and `send: true` instead.
 */
export function useSendDraft(
  options: MissiveMutationOptions<CreateDraftResult, Omit<DraftInput, "send" | "send_at">> = {},
) {
  return useMissiveMutation(
    (client, draft) => client.drafts.create({ ...draft, send: true }),
    (draft, data) => draftTargets({ ...draft, send: true }, data),
    options,
  );
}

type UpdateContactsResult = ResultOf<Fn<"contacts", "update">>;

/** Updates contacts (`PATCH /contacts/{ids}`; each object carries its `id`). Invalidates contact searches. */
export function useUpdateContacts(
  options: MissiveMutationOptions<UpdateContactsResult, ContactUpdateInput> = {},
) {
  return useMissiveMutation(
    (client, contacts) => client.contacts.update(contacts),
    () => [missiveKeys.contacts.all()],
    options,
  );
}

type UpdateTaskResult = ResultOf<Fn<"tasks", "update">>;
/** Variables of `useUpdateTask`. */
export interface UpdateTaskVariables {
  /** Id of the task to update. */
  id: string;
  /** The fields to change. */
  task: TaskUpdateInput;
}

/** Updates a task (`PATCH /tasks/{id}`). Invalidates the task lists. */
export function useUpdateTask(
  options: MissiveMutationOptions<UpdateTaskResult, UpdateTaskVariables> = {},
) {
  return useMissiveMutation(
    (client, { id, task }) => client.tasks.update(id, task),
    () => [missiveKeys.tasks.lists()],
    options,
  );
}

type CreateResponsesResult = ResultOf<Fn<"responses", "create">>;

/** Creates canned responses (`POST /responses`). Invalidates the response lists. */
export function useCreateResponses(
  options: MissiveMutationOptions<CreateResponsesResult, ResponsesInput> = {},
) {
  return useMissiveMutation(
    (client, responses) => client.responses.create(responses),
    () => [missiveKeys.responses.lists()],
    options,
  );
}

/** Deletes canned responses by id (`DELETE /responses/{ids}`). Invalidates the response lists. */
export function useDeleteResponses(options: MissiveMutationOptions<void, readonly string[]> = {}) {
  return useMissiveMutation(
    async (client, ids) => {
      await client.responses.delete(ids);
    },
    () => [missiveKeys.responses.lists()],
    options,
  );
}

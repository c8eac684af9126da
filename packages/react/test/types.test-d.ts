import type { MissiveError } from "@missive-ts/client";
import type { InfiniteData } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import {
  type Conversation,
  createMissiveHooks,
  type MissivePages,
  missiveKeys,
  type Post,
  useConversation,
  useConversationPosts,
  useConversations,
  useCreatePost,
  useDeleteResponses,
  useTasks,
  useUpdateContacts,
  useUpdateConversations,
  useUpdateTask,
  useUsers,
} from "../src/index.js";
import { defaultLimit } from "../src/infinite-lists.js";
import { testClient } from "./render.js";

describe("named hooks", () => {
  it("useConversations pages conversations, errors are MissiveError", () => {
    const result = useConversations({ inbox: true });
    expectTypeOf(result.data).toEqualTypeOf<
      MissivePages<Conversation, number | undefined> | undefined
    >();
    expectTypeOf(result.data?.items).toEqualTypeOf<Conversation[] | undefined>();
    expectTypeOf<MissivePages<Conversation, number>>().toExtend<
      InfiniteData<Conversation[], number>
    >();
    expectTypeOf(result.error).toEqualTypeOf<MissiveError | null>();
    // `until` is the hook's business, not the caller's.
    // @ts-expect-error until is not part of the filter
    useConversations({ inbox: true, until: 1 });
  });

  it("useConversation / useConversationPosts resolve to spec types", () => {
    expectTypeOf(useConversation("id").data).toEqualTypeOf<Conversation | undefined>();
    expectTypeOf(useConversationPosts("id").data).toEqualTypeOf<Post[] | undefined>();
    expectTypeOf<Conversation>().toHaveProperty("id").toEqualTypeOf<string>();
  });

  it("query hooks take TanStack's options; select types data", () => {
    expectTypeOf(useUsers({}, { select: (users) => users.length }).data).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(useConversation("id", { staleTime: 1_000, enabled: true }).data).toEqualTypeOf<
      Conversation | undefined
    >();
    useTasks({}, { staleTime: 1_000, maxPages: 3 });
    // @ts-expect-error the key is the hook's
    useUsers({}, { queryKey: ["mine"] });
    // @ts-expect-error an infinite list builds data.items with its own select
    useTasks({}, { select: (data) => data });
  });

  it("defaultLimit takes the method of a paginated list", () => {
    expectTypeOf(defaultLimit("tasks.list")).toEqualTypeOf<number>();
    // @ts-expect-error tasks.get does not paginate
    defaultLimit("tasks.get");
    // @ts-expect-error not a method of the client
    defaultLimit("things.list");
  });

  it("mutations take the request payloads", () => {
    const post = useCreatePost();
    expectTypeOf(post.mutate).parameter(0).toHaveProperty("close");
    // `reopen` has a server-side default: optional here.
    post.mutate({ conversation: "c", text: "hi", notification: { title: "t", body: "b" } });
    // @ts-expect-error notification is required by Missive
    post.mutate({ conversation: "c", text: "hi" });
    expectTypeOf(post.error).toEqualTypeOf<MissiveError | null>();

    const contacts = useUpdateContacts();
    // @ts-expect-error each contact needs its id
    contacts.mutate([{ first_name: "Ann" }]);
    contacts.mutate([{ id: "a", first_name: "Ann" }]);

    const conversations = useUpdateConversations();
    conversations.mutate([{ id: "c", close: true }]);
    conversations.mutate([{ id: "c", add_shared_labels: ["l"], organization: "o" }]);
    // @ts-expect-error each conversation needs its id
    conversations.mutate([{ close: true }]);
    // @ts-expect-error one array of objects, not a single object
    conversations.mutate({ id: "c", close: true });
    // @ts-expect-error close is a boolean
    conversations.mutate([{ id: "c", close: "yes" }]);
    expectTypeOf(conversations.error).toEqualTypeOf<MissiveError | null>();
    expectTypeOf(conversations.data).toEqualTypeOf<Conversation[] | undefined>();

    useUpdateTask().mutate({ id: "t", task: { state: "closed" } });
    useDeleteResponses().mutate(["r1", "r2"]);
  });

  it("missiveKeys nest per conversation", () => {
    expectTypeOf(missiveKeys.posts("c")).toExtend<
      readonly ["missive", "conversation", string, "posts", ...unknown[]]
    >();
    expectTypeOf(missiveKeys.conversation("c")).toEqualTypeOf<
      readonly ["missive", "conversation", string]
    >();
  });
});

describe("createMissiveHooks", () => {
  const hooks = createMissiveHooks(testClient("http://127.0.0.1:9"));

  it("useQuery is typed by path; the error is MissiveError", () => {
    const result = hooks.useQuery("get", "/conversations/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(result.error).toEqualTypeOf<MissiveError | null>();
    expectTypeOf(result.data).toExtend<{ conversations: { id: string }[] } | undefined>();
    // @ts-expect-error the path parameter is required
    hooks.useQuery("get", "/conversations/{id}");
    // @ts-expect-error no such path
    hooks.useQuery("get", "/nope");
  });

  it("useMutation takes the request init", () => {
    const mutation = hooks.useMutation("post", "/posts");
    expectTypeOf(mutation.error).toEqualTypeOf<MissiveError | null>();
    expectTypeOf(mutation.mutate).parameter(0).toHaveProperty("body");
  });

  it("queryOptions carries its key", () => {
    const options = hooks.queryOptions("get", "/users");
    expectTypeOf(options.queryKey).toExtend<readonly ["get", "/users", ...unknown[]]>();
  });
});

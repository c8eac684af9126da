/** Simple hooks against the Prism mock of the spec (stateless: answers are the spec's examples). */
import { AuthenticationError, NotFoundError } from "@missive-ts/client";
import { act, waitFor } from "@testing-library/react";
import { describe, expect, inject, it } from "vitest";
import {
  createBrowserMissiveClient,
  createMissiveHooks,
  missiveKeys,
  useConversation,
  useConversationComments,
  useConversationMessages,
  useConversationPosts,
  useConversations,
  useSharedLabels,
  useTeams,
  useUsers,
} from "../src/index.js";
import { renderWithMissive, testClient } from "./render.js";

const mockUrl = inject("mockUrl");
const ID = "6d3c9b1c-6d4e-4d7b-9a50-2d1a2b1c0f01";

describe("named query hooks on the Prism mock", () => {
  it("useConversation unwraps the envelope to the conversation", async () => {
    const client = testClient(mockUrl);
    const { result, queryClient } = renderWithMissive(() => useConversation(ID), client);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const [expected] = await client.conversations.get(ID);
    expect(result.current.data).toEqual(expected);
    expect(queryClient.getQueryData(missiveKeys.conversation(ID))).toEqual(expected);
  });

  it("messages, comments and posts of a conversation are its lists, unwrapped", async () => {
    const client = testClient(mockUrl);
    const { result } = renderWithMissive(
      () => ({
        messages: useConversationMessages(ID),
        comments: useConversationComments(ID, { limit: 5 }),
        posts: useConversationPosts(ID),
      }),
      client,
    );
    await waitFor(() => {
      expect(result.current.messages.isSuccess).toBe(true);
      expect(result.current.comments.isSuccess).toBe(true);
      expect(result.current.posts.isSuccess).toBe(true);
    });
    expect(result.current.messages.data).toEqual(await client.conversations.listMessages(ID));
    expect(result.current.comments.data).toEqual(await client.conversations.listComments(ID));
    expect(result.current.posts.data).toEqual(await client.conversations.listPosts(ID));
  });

  it("useUsers, useTeams and useSharedLabels return every item", async () => {
    const client = testClient(mockUrl);
    const { result } = renderWithMissive(
      () => ({ users: useUsers(), teams: useTeams(), labels: useSharedLabels() }),
      client,
    );
    await waitFor(() => expect(result.current.labels.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.users.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.teams.isSuccess).toBe(true));
    expect(result.current.users.data).toEqual(await client.users.listAll().collect());
    expect(result.current.teams.data?.length).toBeGreaterThan(0);
    expect(result.current.labels.data?.length).toBeGreaterThan(0);
  });

  it("enabled: false sends nothing", async () => {
    const requests: string[] = [];
    const client = testClient(mockUrl, (request) => {
      requests.push(request.url);
      return fetch(request);
    });
    const { result } = renderWithMissive(() => useConversation(ID, { enabled: false }), client);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe("idle");
    expect(requests).toEqual([]);
  });
});

describe("hooks take TanStack's query options", () => {
  it("select shapes data; staleTime keeps a second hook from refetching; the cache keeps the whole answer", async () => {
    const requests: string[] = [];
    const client = testClient(mockUrl, (request) => {
      requests.push(new URL(request.url).pathname);
      return fetch(request);
    });
    const { result, queryClient } = renderWithMissive(
      () => ({
        names: useUsers({}, { select: (users) => users.map((u) => u.name), staleTime: 60_000 }),
        count: useUsers({}, { select: (users) => users.length, staleTime: 60_000 }),
      }),
      client,
    );
    await waitFor(() => expect(result.current.count.isSuccess).toBe(true));
    // Two hooks on one key, fresh for a minute: one request.
    expect(requests.filter((path) => path === "/users")).toHaveLength(1);
    const users = await client.users.listAll().collect();
    expect(result.current.names.data).toEqual(users.map((u) => u.name));
    expect(result.current.count.data).toBe(users.length);
    expect(queryClient.getQueryData(missiveKeys.users())).toEqual(users);
  });

  it("an infinite list takes enabled and staleTime, but keeps its own paging", async () => {
    const requests: string[] = [];
    const client = testClient(mockUrl, (request) => {
      requests.push(request.url);
      return fetch(request);
    });
    const { result } = renderWithMissive(
      () => useConversations({ inbox: true }, { enabled: false, staleTime: 1_000 }),
      client,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.fetchStatus).toBe("idle");
    expect(requests).toEqual([]);
  });
});

describe("errors are the client's typed errors", () => {
  it("a refused request fails the named hook with AuthenticationError (browser client, no proxy)", async () => {
    // The browser client sends no Authorization header: Prism, standing in for Missive, says 401.
    const client = createBrowserMissiveClient({
      baseUrl: mockUrl,
      rateLimit: false,
      maxRetries: 0,
    });
    const { result } = renderWithMissive(() => useUsers(), client);
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AuthenticationError);
    expect(result.current.error?.status).toBe(401);
  });

  it("the path-based hooks throw MissiveError subclasses, not the raw body", async () => {
    const client = createBrowserMissiveClient({
      baseUrl: mockUrl,
      rateLimit: false,
      maxRetries: 0,
    });
    const hooks = createMissiveHooks(client);
    const { result } = renderWithMissive(() => hooks.useQuery("get", "/users"), client);
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(AuthenticationError);
  });

  it("a 404 with an empty body is an error too (openapi-react-query alone would resolve)", async () => {
    const client = testClient(mockUrl, async () => new Response(null, { status: 404 }));
    const hooks = createMissiveHooks(client);
    const { result } = renderWithMissive(
      () => hooks.useQuery("get", "/conversations/{id}", { params: { path: { id: ID } } }),
      client,
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
  });
});

describe("createMissiveHooks (openapi-react-query over the client)", () => {
  it("useQuery is typed by path and returns the whole body, envelope included", async () => {
    const client = testClient(mockUrl);
    const hooks = createMissiveHooks(client);
    const { result } = renderWithMissive(
      () => hooks.useQuery("get", "/conversations/{id}", { params: { path: { id: ID } } }),
      client,
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const { data } = await client.GET("/conversations/{id}", { params: { path: { id: ID } } });
    expect(result.current.data).toEqual(data);
  });

  it("queryOptions works with QueryClient.fetchQuery (loaders, prefetch)", async () => {
    const client = testClient(mockUrl);
    const hooks = createMissiveHooks(client);
    const { queryClient } = renderWithMissive(() => null, client);
    const options = hooks.queryOptions("get", "/users");
    const data = await queryClient.fetchQuery(options);
    expect(options.queryKey).toEqual(["get", "/users"]);
    expect(Array.isArray(data.users)).toBe(true);
  });

  it("useMutation posts through the client", async () => {
    const client = testClient(mockUrl);
    const hooks = createMissiveHooks(client);
    const { result } = renderWithMissive(() => hooks.useMutation("post", "/posts"), client);
    let created: unknown;
    await act(async () => {
      created = await result.current.mutateAsync({
        body: {
          posts: {
            conversation: ID,
            text: "hi",
            notification: { title: "t", body: "b" },
            reopen: false,
          },
        },
      });
    });
    expect(created).toMatchObject({ posts: { id: expect.any(String) } });
  });
});

/**
 * Behaviour against the stateful simulator (tools/sim): infinite pagination exact-once over
 * several pages, invalidation after writes, the analytics report lifecycle.
 */
import { type RunningSimulator, startSimulator, validateResponseBody } from "@missive-ts/sim";
import { act, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  missiveKeys,
  useAnalyticsReport,
  useContactsSearch,
  useConversationMessages,
  useConversationPosts,
  useConversations,
  useCreatePost,
  useTasks,
  useUpdateTask,
  useUsers,
} from "../src/index.js";
import { recordingFetch, renderWithMissive, testClient } from "./render.js";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({
    seed: 7,
    rateLimit: false,
    data: { conversations: 45, tasks: 30, contacts: 25, timestampCollisionRate: 0.4 },
    analytics: { readyAfterMs: 1_000, expireAfterMs: 60_000 },
  });
});
afterAll(() => sim?.stop());

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** Calls fetchNextPage until the list says there is nothing more. */
async function walk(result: {
  current: { hasNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  while (result.current.hasNextPage) {
    await act(async () => {
      await result.current.fetchNextPage();
    });
  }
}

describe("useConversations: the docs' until walk, exact-once", () => {
  it("loads every conversation once over several pages, in order", async () => {
    const { requests, fetch } = recordingFetch();
    const client = testClient(sim.url, fetch);
    const { result } = renderWithMissive(
      () => useConversations({ inbox: true, limit: 10 }),
      client,
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.items).toHaveLength(result.current.data?.pages[0]?.length ?? -1);
    await walk(result);

    const data = result.current.data;
    const expected = ids(sim.state.conversations as { id: string }[]);
    expect(ids(data?.items ?? [])).toEqual(expected);
    expect(data?.possiblyTruncated).toBe(false);
    expect(data?.pages.length).toBeGreaterThanOrEqual(4);
    // Ties at page breaks come back on the next page (inclusive `until`): deduplicated.
    const raw = data?.pages.flat().length ?? 0;
    expect(raw).toBeGreaterThan(expected.length);
    // First page without `until`; each next `until` is the oldest timestamp of the page before.
    expect(requests[0]).toBe("GET /conversations?inbox=true&limit=10");
    data?.pages.slice(0, -1).forEach((page, n) => {
      const oldest = Math.min(...page.map((c) => Number(c.last_activity_at)));
      expect(requests[n + 1]).toBe(`GET /conversations?inbox=true&limit=10&until=${oldest}`);
    });
    expect(requests).toHaveLength(data?.pages.length ?? -1);
  });

  it("useTasks walks the tasks the same way", async () => {
    const client = testClient(sim.url);
    const { result } = renderWithMissive(() => useTasks({ limit: 7 }), client);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await walk(result);
    expect(ids(result.current.data?.items ?? [])).toEqual(ids(sim.state.tasks as { id: string }[]));
  });

  it("useContactsSearch pages by offset until a short page", async () => {
    const book = (sim.state.contactBooks[0] as { id: string }).id;
    const { requests, fetch } = recordingFetch();
    const client = testClient(sim.url, fetch);
    const { result } = renderWithMissive(
      () => useContactsSearch({ contact_book: book, limit: 4 }),
      client,
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await walk(result);
    const all = await testClient(sim.url).contacts.listAll({ contact_book: book }).collect();
    expect(ids(result.current.data?.items ?? [])).toEqual(ids(all));
    expect(result.current.data?.pageParams).toEqual(
      result.current.data?.pages.map((_, n) => n * 4),
    );
    expect(requests.length).toBe(Math.floor(all.length / 4) + 1);
  });
});

describe("mutations invalidate exactly what they change", () => {
  it("after useCreatePost, the conversation's posts refetch; its messages and other conversations' posts do not", async () => {
    const [first, second] = sim.state.conversations as { id: string }[];
    const target = first?.id ?? "";
    const other = second?.id ?? "";
    const { requests, fetch } = recordingFetch();
    const client = testClient(sim.url, fetch);
    const { result, queryClient } = renderWithMissive(
      () => ({
        posts: useConversationPosts(target),
        messages: useConversationMessages(target),
        otherPosts: useConversationPosts(other),
        users: useUsers(),
        create: useCreatePost(),
      }),
      client,
    );
    await waitFor(() => {
      expect(result.current.posts.isSuccess).toBe(true);
      expect(result.current.messages.isSuccess).toBe(true);
      expect(result.current.otherPosts.isSuccess).toBe(true);
      expect(result.current.users.isSuccess).toBe(true);
    });
    const before = result.current.posts.data?.length ?? 0;
    requests.length = 0;

    let created: { id: string; conversation: string } | undefined;
    await act(async () => {
      created = await result.current.create.mutateAsync({
        conversation: target,
        text: "Handled, closing.",
        notification: { title: "Bot", body: "Handled" },
        close: true,
      });
    });

    // mutateAsync resolves once the affected queries have refetched: the cache has the post.
    const cached = queryClient.getQueryData<{ id: string }[]>(missiveKeys.posts(target, {}));
    expect(cached?.map((p) => p.id)).toContain(created?.id);
    await waitFor(() => expect(result.current.posts.data?.map((p) => p.id)).toContain(created?.id));
    expect(result.current.posts.data?.length).toBe(Math.min(before + 1, 10));
    expect(requests).toEqual(["POST /posts", `GET /conversations/${target}/posts`]);
    const state = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(state(missiveKeys.messages(target, {}))).toBe(false);
    expect(state(missiveKeys.posts(other, {}))).toBe(false);
    expect(state(missiveKeys.users())).toBe(false);
  });

  it("useCreatePost also refetches the conversation lists (close/reopen move conversations)", async () => {
    const target = (sim.state.conversations[2] as { id: string }).id;
    const { requests, fetch } = recordingFetch();
    const client = testClient(sim.url, fetch);
    const { result } = renderWithMissive(
      () => ({ list: useConversations({ inbox: true, limit: 50 }), create: useCreatePost() }),
      client,
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    requests.length = 0;
    await act(async () => {
      await result.current.create.mutateAsync({
        conversation: target,
        markdown: "**closed**",
        notification: { title: "Bot", body: "closed" },
        close: true,
        reopen: false,
      });
    });
    expect(requests).toEqual(["POST /posts", "GET /conversations?inbox=true&limit=50"]);
  });

  it("useUpdateTask refetches the task lists only", async () => {
    const task = sim.state.tasks[0] as { id: string };
    const { requests, fetch } = recordingFetch();
    const client = testClient(sim.url, fetch);
    const { result, queryClient } = renderWithMissive(
      () => ({ tasks: useTasks({ limit: 50 }), users: useUsers(), update: useUpdateTask() }),
      client,
    );
    await waitFor(() => expect(result.current.tasks.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.users.isSuccess).toBe(true));
    requests.length = 0;
    await act(async () => {
      await result.current.update.mutateAsync({ id: task.id, task: { title: "Renamed" } });
    });
    expect(requests[0]).toBe(`PATCH /tasks/${task.id}`);
    expect(requests.slice(1).every((r) => r.startsWith("GET /tasks?"))).toBe(true);
    expect(requests.length).toBeGreaterThan(1);
    expect(queryClient.getQueryState(missiveKeys.users())?.isInvalidated).toBe(false);
    await waitFor(() => {
      const updated = result.current.tasks.data?.items.find((t) => t.id === task.id);
      expect(updated?.title).toBe("Renamed");
    });
  });
});

describe("useAnalyticsReport", () => {
  it("creates the report, polls until it is ready and resolves to it", async () => {
    const { requests, fetch } = recordingFetch();
    const client = testClient(sim.url, fetch);
    const organization = (sim.state.organizations[0] as { id: string }).id;
    const { result } = renderWithMissive(
      () =>
        useAnalyticsReport(
          { organization, start: 1_700_000_000, end: 1_700_600_000 },
          { firstPollAfterMs: 40, pollIntervalMs: 40, timeoutMs: 10_000 },
        ),
      client,
    );
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true), { timeout: 10_000 });
    const reports = result.current.data;
    expect(validateResponseBody("getAnalyticsReport", 200, { reports })).toBeNull();
    expect(requests[0]).toBe("POST /analytics/reports");
    // Not ready at first (an empty 404), then ready: several GETs, one POST.
    expect(requests.filter((r) => r.startsWith("GET /analytics/reports/")).length).toBeGreaterThan(
      1,
    );
    expect(requests.filter((r) => r.startsWith("POST")).length).toBe(1);
  });
});

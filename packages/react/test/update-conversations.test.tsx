/**
 * useUpdateConversations against the simulator: the optimistic cache update is visible before
 * the answer, an error restores the cache, and only the updated conversations and the
 * conversation lists refetch.
 */
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { act, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Conversation,
  missiveKeys,
  type UpdateConversationsOptions,
  useConversation,
  useConversationPosts,
  useConversations,
  useSharedLabels,
  useUpdateConversations,
  useUsers,
} from "../src/index.js";
import { renderWithMissive, testClient } from "./render.js";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 11, rateLimit: false, data: { conversations: 12 } });
});
afterAll(() => sim?.stop());

/**
 * A fetch that records every request and holds PATCH requests until `release()`; with
 * `fail`, the held PATCH is answered with Missive's error body instead of reaching the simulator.
 */
function gatedFetch(fail = false) {
  const requests: string[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}`);
    if (request.method !== "PATCH") return globalThis.fetch(request);
    await gate;
    if (!fail) return globalThis.fetch(request);
    return Response.json({ error: "Conversation is locked" }, { status: 422 });
  };
  return { requests, fetch, release };
}

function setup(fail: boolean, options: UpdateConversationsOptions = {}) {
  const [first, second] = sim.state.conversations as { id: string }[];
  const target = first?.id ?? "";
  const other = second?.id ?? "";
  const label = sim.state.sharedLabels[0] as { id: string; name: string };
  const organization = (sim.state.organizations[0] as { id: string }).id;
  const gated = gatedFetch(fail);
  const rendered = renderWithMissive(
    () => ({
      inbox: useConversations({ inbox: true, limit: 10 }),
      all: useConversations({ all: true, limit: 10 }),
      conversation: useConversation(target),
      other: useConversation(other),
      posts: useConversationPosts(target),
      users: useUsers(),
      labels: useSharedLabels(),
      update: useUpdateConversations(options),
    }),
    testClient(sim.url, gated.fetch),
  );
  return { ...gated, ...rendered, target, other, label, organization };
}

const has = (items: readonly Conversation[] | undefined, id: string) =>
  (items ?? []).some((c) => c.id === id);

describe("useUpdateConversations", () => {
  it("patches the cache before the answer, then refetches exactly the conversation and the lists", async () => {
    const t = setup(false);
    const { result } = t;
    await waitFor(() => {
      for (const query of Object.values(result.current).slice(0, 7)) {
        expect((query as { isSuccess: boolean }).isSuccess).toBe(true);
      }
    });
    expect(has(result.current.inbox.data?.items, t.target)).toBe(true);
    t.requests.length = 0;
    const applied = sim.stats.mutations.length;

    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.update.mutateAsync([
        {
          id: t.target,
          close: true,
          add_shared_labels: [t.label.id],
          organization: t.organization,
        },
      ]);
    });
    // Optimistic: the answer is held, yet the inbox lost it and every copy shows the change.
    await waitFor(() => expect(has(result.current.inbox.data?.items, t.target)).toBe(false));
    expect(sim.stats.mutations.length).toBe(applied);
    const inAll = result.current.all.data?.items.find((c) => c.id === t.target);
    for (const copy of [inAll, result.current.conversation.data]) {
      expect(copy?.shared_labels).toContainEqual({ id: t.label.id, name: t.label.name });
      expect(copy?.users?.every((user) => user.closed === true)).toBe(true);
    }

    t.release();
    await act(async () => {
      await done;
    });
    expect(sim.stats.mutations.slice(applied)).toEqual([
      {
        operation: "PATCH /conversations/{id}",
        body: {
          conversations: [
            {
              id: t.target,
              close: true,
              add_shared_labels: [t.label.id],
              organization: t.organization,
            },
          ],
        },
      },
    ]);
    // The refetched conversation carries the server's state; nothing else was asked for.
    expect(result.current.conversation.data?.shared_labels).toContainEqual(
      expect.objectContaining({ id: t.label.id }),
    );
    expect([...t.requests].sort()).toEqual(
      [
        `PATCH /conversations/${t.target}`,
        `GET /conversations/${t.target}`,
        "GET /conversations",
        "GET /conversations",
      ].sort(),
    );
    const state = (key: readonly unknown[]) => t.queryClient.getQueryState(key)?.isInvalidated;
    expect(state(missiveKeys.conversation(t.other))).toBe(false);
    expect(state(missiveKeys.posts(t.target, {}))).toBe(false);
    expect(state(missiveKeys.users())).toBe(false);
    expect(state(missiveKeys.sharedLabels())).toBe(false);
  });

  it("restores the cache from its snapshot when Missive refuses the update", async () => {
    // The test above closed the target for real: reopen it, so it is in the Inbox again.
    const target = (sim.state.conversations[0] as { id: string }).id;
    const reopened = await fetch(`${sim.url}/conversations/${target}`, {
      method: "PATCH",
      headers: { authorization: "Bearer test", "content-type": "application/json" },
      body: JSON.stringify({ conversations: [{ id: target, reopen: true }] }),
    });
    expect(reopened.status).toBe(200);
    // What the cache holds when onError runs: after the rollback, before the refetch.
    const atError: { inbox?: unknown; conversation?: unknown } = {};
    const t = setup(true, {
      onError: () => {
        atError.inbox = t.queryClient.getQueryData(
          missiveKeys.conversations.list({ inbox: true, limit: 10 }),
        );
        atError.conversation = t.queryClient.getQueryData(missiveKeys.conversation(t.target));
      },
    });
    const { result } = t;
    await waitFor(() => {
      expect(result.current.inbox.isSuccess).toBe(true);
      expect(result.current.conversation.isSuccess).toBe(true);
    });
    const before = {
      inbox: result.current.inbox.data?.pages,
      conversation: result.current.conversation.data,
    };
    const applied = sim.stats.mutations.length;

    act(() => {
      result.current.update.mutate([{ id: t.target, close: true }]);
    });
    await waitFor(() => expect(has(result.current.inbox.data?.items, t.target)).toBe(false));
    t.release();
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error?.message).toContain("Conversation is locked");
    // Equal, not identical: the detail query may have been refetching when onMutate cancelled it.
    expect(atError.conversation).toEqual(before.conversation);
    expect((atError.inbox as { pages: unknown } | undefined)?.pages).toEqual(before.inbox);
    // The refetch after settling agrees: Missive applied nothing.
    expect(has(result.current.inbox.data?.items, t.target)).toBe(true);
    expect(result.current.inbox.data?.pages).toEqual(before.inbox);
    expect(sim.stats.mutations.length).toBe(applied);
  });
});

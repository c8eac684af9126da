/**
 * useConversations over ties larger than a page (#13 point 17): the simulator extends a page
 * through its whole tie, so the list steps past it (until = its timestamp − 1) and loses nothing.
 */
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { act, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useConversations } from "../src/index.js";
import { renderWithMissive, testClient } from "./render.js";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    seed: 17,
    rateLimit: false,
    data: { conversations: 300, timestampCollisionRate: 0.99, largestTie: 40 },
  });
});
afterAll(() => sim?.stop());

describe("useConversations with ties larger than a page", () => {
  it("loads every conversation exactly once, and is not flagged as truncated", async () => {
    const { result } = renderWithMissive(
      () => useConversations({ inbox: true, limit: 10 }),
      testClient(sim.url),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    while (result.current.hasNextPage) {
      await act(async () => {
        await result.current.fetchNextPage();
      });
    }
    const data = result.current.data;
    const expected = sim.state.conversations.map((c) => c.id);
    // Pages of one timestamp longer than `limit` happened: the case under test.
    const oneStamp = (page: readonly { last_activity_at?: unknown }[]) =>
      page.length > 10 && new Set(page.map((c) => c.last_activity_at)).size === 1;
    expect(data?.pages.some(oneStamp)).toBe(true);
    expect(data?.items.map((c) => c.id)).toEqual(expected);
    expect(data?.possiblyTruncated).toBe(false);
  });
});

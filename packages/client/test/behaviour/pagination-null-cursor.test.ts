/**
 * Until-walks over items whose cursor field is null: drafts not sent yet carry
 * `delivered_at: null`. Taking `null` for 0 sent `until=-1`, which Missive refuses ("until must
 * be between 0 and Infinity"), and the rest of the list was lost.
 */

import type { RunningSimulator } from "@missive-ts/sim";
import { startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idsOf, simClient } from "./sim.js";

/** A `fetch` that records every `until` the client sends. */
function untilRecorder() {
  const sent: number[] = [];
  const fetch = async (request: Request) => {
    const until = new URL(request.url).searchParams.get("until");
    if (until !== null) sent.push(Number(until));
    return globalThis.fetch(request);
  };
  return { sent, fetch };
}

describe("listAllDrafts over drafts whose delivered_at is null", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      seed: 20_261_206,
      rateLimit: false,
      data: {
        conversations: 3,
        draftsPerConversation: 12,
        undeliveredDraftsPerConversation: 7,
        timestampCollisionRate: 0.5,
      },
    });
  });
  afterAll(async () => {
    await sim?.stop();
  });

  it("walks to the end: every draft exactly once, and never an until below 0", async () => {
    const conversation = sim.state.conversations[0] as Record<string, unknown>;
    const drafts = sim.state.nested.list(conversation, "drafts");
    expect(drafts.filter((d) => d.delivered_at === null)).toHaveLength(7);
    for (const limit of [3, 5, 10]) {
      const recorder = untilRecorder();
      const client = simClient(sim, { fetch: recorder.fetch, rateLimit: false });
      const paginator = client.conversations.listAllDrafts(conversation.id as string, { limit });
      const got = idsOf(await paginator.collect());
      expect(got).toHaveLength(new Set(got).size);
      expect(new Set(got)).toEqual(new Set(idsOf(drafts)));
      expect(recorder.sent.length).toBeGreaterThan(0);
      for (const until of recorder.sent) expect(Number.isInteger(until) && until >= 0).toBe(true);
      expect(paginator.possiblyTruncated).toBe(false);
    }
  });

  it("the simulator answers a negative until as Missive does (what the walk used to send)", async () => {
    const conversation = sim.state.conversations[0] as Record<string, unknown>;
    const response = await fetch(
      `${sim.url}/conversations/${conversation.id}/drafts?limit=5&until=-1`,
      { headers: { authorization: "Bearer missive_pat-behaviour-test-token" } },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("until must be between 0 and Infinity");
  });
});

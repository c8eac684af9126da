/**
 * Ties larger than a page (#13 point 17): many items sharing one timestamp, more than `limit`.
 * Conversations: the simulator extends a page through its whole tie (the docs' "a page may
 * return more than `limit`"), so the walk must step past the tie and lose nothing. Tasks:
 * pages never exceed `limit`, so part of such a tie truly cannot be reached: the walk goes on
 * past it and says which timestamps may be missing items.
 */
import { describe, expect, it } from "vitest";
import { idsOf, pageRecorder, report, simClient, withSimulator } from "./sim.js";

const LIMIT = 50;
// A join chance of 0.98 per item: ties of ~50 on average, many larger than a page, up to 150.
const ties = { timestampCollisionRate: 0.99, largestTie: 150 };

describe("until lists with ties larger than a page", () => {
  // 200 pages through a real HTTP simulator: ~5 s alone, far more with CI's other tasks.
  it("walks 10,000 conversations exactly once when pages extend through their tie", {
    timeout: 120_000,
  }, async () => {
    await withSimulator(
      { seed: 17, rateLimit: false, data: { conversations: 10_000, ...ties } },
      async (sim) => {
        const recorder = pageRecorder();
        const warned: number[] = [];
        const client = simClient(sim, {
          fetch: recorder.fetch,
          rateLimit: false,
          logger: {
            warn: (_message, details) => warned.push((details as { until: number }).until),
          },
        });
        const walk = client.conversations.listAll({ inbox: true, limit: LIMIT });
        const got = idsOf(await walk.collect());

        const expected = idsOf(sim.state.conversations);
        const stamps = sim.state.conversations.map((c) => c.last_activity_at as number);
        const tieOf = new Map<number, number>();
        for (const stamp of stamps) tieOf.set(stamp, (tieOf.get(stamp) ?? 0) + 1);
        const largest = Math.max(...tieOf.values());
        expect(largest).toBeGreaterThan(LIMIT); // the case under test exists
        expect(got).toHaveLength(10_000); // 0 lost
        expect(new Set(got).size).toBe(10_000); // 0 duplicated
        expect(got).toEqual(expected); // newest first, in the server's order
        // Only a page of exactly `limit` items of one timestamp leaves a doubt (was the tie
        // cut?): flagged, named in the warning, and nothing else.
        expect(walk.possiblyTruncated).toBe(warned.length > 0);
        for (const stamp of warned) expect(tieOf.get(stamp)).toBe(LIMIT);
        const longer = recorder.pages.filter((p) => p.length > LIMIT).length;
        report(
          `10,000 conversations, largest tie ${largest}, ${recorder.pages.length} pages, ${longer} longer than ${LIMIT}`,
        );
      },
    );
  });

  it("tasks (pages cut at limit): goes on past each cut tie and names the timestamps that may miss items", async () => {
    await withSimulator(
      { seed: 17, rateLimit: false, data: { tasks: 2_000, ...ties } },
      async (sim) => {
        const warnings: Array<{ message: string; until: number }> = [];
        const client = simClient(sim, {
          rateLimit: false,
          logger: {
            warn: (message, details) =>
              warnings.push({ message, until: (details as { until: number }).until }),
          },
        });
        const walk = client.tasks.listAll({ limit: LIMIT });
        const got = idsOf(await walk.collect());
        const seeded = sim.state.tasks;

        expect(walk.possiblyTruncated).toBe(true);
        expect(new Set(got).size).toBe(got.length); // no duplicate
        // The walk reached the oldest task: it did not stop at the first cut tie.
        expect(got.at(-1)).toBe(seeded.at(-1)?.id);
        // Every missing task has a timestamp a warning named.
        const warned = new Set(warnings.map((w) => w.until));
        const kept = new Set(got);
        const missing = seeded.filter((task) => !kept.has(task.id as string));
        expect(missing.length).toBeGreaterThan(0);
        for (const task of missing) expect(warned).toContain(task.last_activity_at);
        expect(warnings[0]?.message).toMatch(/more items with last_activity_at \d+ may exist/);
      },
    );
  });
});

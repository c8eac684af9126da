/** 10 000 conversations exported through 20% injected faults: zero lost, zero duplicated. */
import { describe, expect, it } from "vitest";
import { idsOf, report, simClient, withSimulator } from "./sim.js";

describe("conversations.listAll through faults", () => {
  it("exports 10 000 conversations through 20% faults with none lost or duplicated", async () => {
    await withSimulator(
      {
        seed: 7_919,
        rateLimit: false,
        data: { conversations: 10_000, timestampCollisionRate: 0.3 },
        faults: {
          rate: 0.2,
          kinds: ["429", "500", "503", "reset", "slow"],
          slowMs: 5,
          retryAfterSeconds: 0,
        },
      },
      async (sim) => {
        const retries: number[] = [];
        const missive = simClient(sim, {
          maxRetries: 10,
          maxRetryDelayMs: 5,
          // Sequential pages never exceed the concurrency limit; the per-minute window would
          // only stretch the test (≈ 270 requests > 300/min is close), so it is off here.
          rateLimit: false,
          logger: { info: (_message, details) => retries.push(Number(details?.attempt)) },
        });
        const seeded = idsOf(sim.state.conversations);
        const got = idsOf(
          await missive.conversations.listAll({ inbox: true, limit: 50 }).collect(),
        );

        expect(got).toHaveLength(10_000);
        expect(new Set(got).size).toBe(10_000); // zero duplicated
        expect(new Set(got)).toEqual(new Set(seeded)); // zero lost
        const { faultsByKind, faultsInjected, requests } = sim.stats;
        for (const kind of ["429", "500", "503", "reset", "slow"]) {
          expect(faultsByKind[kind] ?? 0).toBeGreaterThan(0);
        }
        // Every fault but `slow` cost exactly one retry.
        expect(retries).toHaveLength(faultsInjected - (faultsByKind.slow ?? 0));
        report(
          `export: ${got.length} conversations, ${requests} requests, ${faultsInjected} faults ` +
            `${JSON.stringify(faultsByKind)}, ${retries.length} retries (max attempt ${Math.max(...retries)})`,
        );
      },
    );
  });
});

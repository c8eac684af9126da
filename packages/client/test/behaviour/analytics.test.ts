/** analytics.run against the simulator's report lifecycle (empty 404s until ready). */
import { describe, expect, it } from "vitest";
import { TimeoutError } from "../../src/index.js";
import { report, simClient, withSimulator } from "./sim.js";

const GET_REPORT = "GET /analytics/reports/{id}";

describe("analytics.run against the simulator", () => {
  it("polls through empty 404s and resolves to the report once it is ready", async () => {
    // Ready after 1 s while polls run every 20 ms: some polls must meet the "not ready" 404.
    await withSimulator({ seed: 6, analytics: { readyAfterMs: 1_000 } }, async (sim) => {
      const missive = simClient(sim);
      const organization = (sim.state.organizations[0] as { id: string }).id;
      const body = { organization, start: 1_700_000_000, end: 1_700_600_000 };
      const result = await missive.analytics.run(body, {
        firstPollAfterMs: 20,
        pollIntervalMs: 20,
        timeoutMs: 5_000,
      });
      expect(result).toMatchObject({ request: body });
      expect(typeof result.id).toBe("string");
      const polls = sim.stats.byOperation[GET_REPORT] ?? 0;
      expect(polls).toBeGreaterThan(1); // at least one "not ready" 404 first
      report(`analytics: ready after ${polls} polls`);
    });
  });

  it("rejects with TimeoutError when the report is not ready within timeoutMs", async () => {
    await withSimulator({ seed: 6, analytics: { readyAfterMs: 60_000 } }, async (sim) => {
      const missive = simClient(sim);
      const organization = (sim.state.organizations[0] as { id: string }).id;
      const started = Date.now();
      const run = missive.analytics.run(
        { organization, start: 1_700_000_000, end: 1_700_600_000 },
        // A second-scale window: under CI load the create request alone can take longer than
        // a few hundred ms, and the test needs at least one poll inside the window.
        { firstPollAfterMs: 20, pollIntervalMs: 50, timeoutMs: 2_000 },
      );
      await expect(run).rejects.toBeInstanceOf(TimeoutError);
      await expect(run).rejects.toThrow(/not ready within 2000 ms/);
      // It gives up at timeoutMs, not after the 60 s the report would need (generous for CI load).
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(sim.stats.byOperation[GET_REPORT] ?? 0).toBeGreaterThan(0);
      report(`analytics timeout: ${sim.stats.byOperation[GET_REPORT]} polls before TimeoutError`);
    });
  });
});

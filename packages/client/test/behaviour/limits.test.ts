/** The default limiter against the simulator: at most 5 in flight, and never a 429. */
import { describe, expect, it } from "vitest";
import { report, simClient, withSimulator } from "./sim.js";

describe("client-side rate limiting against the simulator", () => {
  it("never has more than 5 requests in flight with 40 concurrent calls", async () => {
    await withSimulator(
      {
        seed: 3,
        // The simulator does not refuse anything, and holds every request 20 ms (a `slow`
        // fault) so the calls really overlap: the limit seen is the client's own.
        rateLimit: false,
        faults: { rate: 1, kinds: ["slow"], slowMs: 20 },
      },
      async (sim) => {
        const missive = simClient(sim); // default options
        const conversation = sim.state.conversations[0] as { id: string };
        const task = sim.state.tasks[0] as { id: string };
        const calls = [
          () => missive.users.list(),
          () => missive.teams.list(),
          () => missive.conversations.get(conversation.id),
          () => missive.conversations.listMessages(conversation.id, { limit: 5 }),
          () => missive.tasks.get(task.id),
          () => missive.conversations.list({ inbox: true, limit: 10 }),
          () => missive.sharedLabels.list(),
          () => missive.organizations.list(),
        ];
        const results = await Promise.allSettled(
          Array.from({ length: 40 }, (_, i) =>
            (calls[i % calls.length] as () => Promise<unknown>)(),
          ),
        );
        expect(results.filter((r) => r.status === "rejected")).toEqual([]);
        expect(sim.stats.requests).toBe(40);
        expect(sim.stats.maxInFlight).toBeLessThanOrEqual(5);
        expect(sim.stats.maxInFlight).toBeGreaterThan(1); // the calls did run concurrently
        report(`concurrency: 40 calls, maxInFlight ${sim.stats.maxInFlight}`);
      },
    );
  });

  it("gets no 429 from a limiter at Missive's ratios, scaled to a 100 ms minute", async () => {
    // Missive's 5 / 300 per minute / 900 per 15 minutes, scaled down 10× in count and 600× in
    // time: 30 per 100 ms, 90 per 1.5 s. 120 requests overrun both windows.
    const limits = { concurrent: 5, perMinute: 30, per15Minutes: 90, windowMs: 100 };
    // Every request is held 5 ms (a `slow` fault), so the concurrency budget is tested too.
    const faults = { rate: 1, kinds: ["slow" as const], slowMs: 5 };
    await withSimulator({ seed: 4, rateLimit: limits, faults }, async (sim) => {
      const waits: number[] = [];
      const missive = simClient(sim, {
        rateLimit: limits,
        logger: { warn: (_message, details) => waits.push(Number(details?.waitMs ?? 0)) },
      });
      const started = Date.now();
      const results = await Promise.allSettled(
        Array.from({ length: 120 }, () => missive.users.list()),
      );
      const elapsed = Date.now() - started;
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(sim.stats.rateLimited).toBe(0);
      expect(sim.stats.requests).toBe(120);
      expect(sim.stats.maxInFlight).toBeLessThanOrEqual(5);
      expect(sim.stats.maxInFlight).toBeGreaterThan(1);
      // The last 30 had to wait for the 15-"minute" window (1.5 s) to slide.
      expect(elapsed).toBeGreaterThanOrEqual(1_400);
      report(
        `rate limit: 120 requests in ${elapsed} ms, ${sim.stats.rateLimited} 429s, ` +
          `${waits.length} limiter waits, maxInFlight ${sim.stats.maxInFlight}`,
      );
    });
  });
});

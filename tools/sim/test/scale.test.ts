/** 10 000 conversations exported through 20% faults: the documented walk still gets them all. */
import { describe, expect, it } from "vitest";
import { startSimulator } from "../src/index.ts";
import { call } from "./helpers.ts";

describe("scale", () => {
  it("serves 10 000 conversations through 20% faults to a retrying client", async () => {
    const sim = await startSimulator({
      seed: 2026,
      rateLimit: false,
      data: { conversations: 10_000 },
      faults: { rate: 0.2, slowMs: 5, retryAfterSeconds: 0 },
    });
    try {
      const seen = new Set<string>();
      let until: number | undefined;
      let retries = 0;
      for (;;) {
        const path = `/conversations?all=true&limit=50${until === undefined ? "" : `&until=${until}`}`;
        let page: Record<string, unknown>[] | undefined;
        while (!page) {
          const answer = await call(sim.url, "GET", path).catch(() => undefined);
          if (answer?.status === 200)
            page = (answer.json as { conversations: typeof page }).conversations;
          else retries++;
        }
        for (const conversation of page) seen.add(conversation.id as string);
        const stamps = page.map((conversation) => conversation.last_activity_at as number);
        if (page.length < 50 || new Set(stamps).size <= 1) break;
        until = Math.min(...stamps);
      }
      expect(seen.size).toBe(10_000);
      expect(retries).toBeGreaterThan(0);
      expect(sim.stats.faultsInjected).toBeGreaterThanOrEqual(retries);
    } finally {
      await sim.stop();
    }
  });
});

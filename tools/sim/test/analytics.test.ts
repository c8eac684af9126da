/** Analytics reports: empty 404 until ready, 200 while fresh, empty 404 once expired. */
import { describe, expect, it } from "vitest";
import { startSimulator, validateResponseBody } from "../src/index.ts";
import { call, sleep } from "./helpers.ts";

describe("analytics report lifecycle", () => {
  it("is 404 (empty) until ready, 200 after, 404 (empty) after expiry", async () => {
    const sim = await startSimulator({
      rateLimit: false,
      // Seconds, not milliseconds: a loaded CI machine can take a few hundred ms per request.
      analytics: { readyAfterMs: 2_000, expireAfterMs: 2_000 },
    });
    try {
      const created = await call(sim.url, "POST", "/analytics/reports", {
        reports: { organization: "o", start: 1_691_812_800, end: 1_692_371_867 },
      });
      expect(created.status).toBe(200);
      expect(validateResponseBody("createAnalyticsReport", 200, created.json)).toBeNull();
      const id = (created.json as { reports: { id: string } }).reports.id;

      const early = await call(sim.url, "GET", `/analytics/reports/${id}`);
      expect(early.status).toBe(404);
      expect(early.text).toBe("");

      await sleep(2_200);
      const ready = await call(sim.url, "GET", `/analytics/reports/${id}`);
      expect(ready.status).toBe(200);
      expect(validateResponseBody("getAnalyticsReport", 200, ready.json)).toBeNull();

      await sleep(2_200);
      const expired = await call(sim.url, "GET", `/analytics/reports/${id}`);
      expect(expired.status).toBe(404);
      expect(expired.text).toBe("");
      expect((await call(sim.url, "GET", "/analytics/reports/unknown")).status).toBe(404);
    } finally {
      await sim.stop();
    }
  });
});

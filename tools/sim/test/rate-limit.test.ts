/** The rate limiter: concurrent and windowed budgets, 429 with Retry-After and X-RateLimit-*. */
import { describe, expect, it } from "vitest";
import { startSimulator, validateResponseBody } from "../src/index.ts";
import { call, sleep } from "./helpers.ts";

describe("rate limiter", () => {
  it("refuses requests over the concurrent budget with a documented 429", async () => {
    // Every admitted request is held 2 s (a `slow` fault), so all 20 overlap even on a loaded
    // machine (with 300 ms, a busy CI box sent the last ones after the first had finished).
    const sim = await startSimulator({
      rateLimit: { concurrent: 5 },
      faults: { rate: 1, kinds: ["slow"], slowMs: 2_000 },
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => call(sim.url, "GET", "/users")),
      );
      const refused = answers.filter((answer) => answer.status === 429);
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
      expect(refused).toHaveLength(15);
      for (const answer of refused) {
        expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
        expect(answer.headers.get("x-ratelimit-limit")).toBe("5");
        expect(answer.headers.get("x-ratelimit-remaining")).toBe("0");
        expect(Number(answer.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(1);
        expect(validateResponseBody("listUsers", 429, answer.json)).toBeNull();
      }
      expect(sim.stats.rateLimited).toBe(15);
      expect(sim.stats.faultsInjected).toBe(5);
      expect(sim.stats.maxInFlight).toBeGreaterThan(5);
    } finally {
      await sim.stop();
    }
  });

  it("refuses requests over the sliding per-window budget until it frees up", async () => {
    const sim = await startSimulator({ rateLimit: { perMinute: 10, windowMs: 1_000 } });
    try {
      const statuses: number[] = [];
      let last = await call(sim.url, "GET", "/users");
      statuses.push(last.status);
      for (let i = 1; i < 12; i++) {
        last = await call(sim.url, "GET", "/users");
        statuses.push(last.status);
      }
      expect(statuses).toEqual([...Array(10).fill(200), 429, 429]);
      expect(last.headers.get("x-ratelimit-limit")).toBe("10");
      expect(last.headers.get("retry-after")).toBe("1");
      await sleep(1_050);
      expect((await call(sim.url, "GET", "/users")).status).toBe(200);
      expect(sim.stats.rateLimited).toBe(2);
    } finally {
      await sim.stop();
    }
  });

  it("counts the 15-window budget across short windows", async () => {
    const sim = await startSimulator({
      rateLimit: { perMinute: 5, per15Minutes: 7, windowMs: 100 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await call(sim.url, "GET", "/users")).status);
      await sleep(150);
      for (let i = 0; i < 3; i++) statuses.push((await call(sim.url, "GET", "/users")).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
    } finally {
      await sim.stop();
    }
  });
});

/**
 * The store under @missive-ts/client, against the simulator with Missive's limits: clients on
 * separate connections (as separate processes would be) share one token's slots, windows and
 * the pause after a 429.
 */
import { createMissiveClient } from "@missive-ts/client";
import { startSimulator } from "@missive-ts/sim";
import { describe, expect, it } from "vitest";
import { scopeOf, sleep, useRedis } from "./helpers.ts";

const redis = useRedis();
const TOKEN = "missive_pat-CLIENT-TEST-0123456789";

describe("createMissiveClient({ rateLimit: { store } })", () => {
  it("keeps two clients of one token within 5 in flight and the window, with no 429", async () => {
    const sim = await startSimulator({
      latencyMs: 30,
      rateLimit: { concurrent: 5, perMinute: 40, per15Minutes: 600, windowMs: 1_000 },
    });
    try {
      const clients = [redis.store(), redis.store()].map((store) =>
        createMissiveClient({
          token: TOKEN,
          baseUrl: sim.url,
          maxRetries: 0,
          rateLimit: { store, windowMs: 1_000, perMinute: 40, per15Minutes: 600 },
        }),
      );
      // 60 requests at once against 5 slots and 40 per second: the window binds too.
      const calls = clients.flatMap((client) =>
        Array.from({ length: 30 }, () => client.users.list()),
      );
      const answers = await Promise.all(calls);
      expect(answers).toHaveLength(60);
      const { stats } = sim;
      expect(stats.maxInFlight).toBeLessThanOrEqual(5);
      expect(stats.maxInFlight).toBeGreaterThan(1);
      expect(stats.rateLimited).toBe(0);
    } finally {
      await sim.stop();
    }
  });

  it("holds every client of the token after a 429 seen by one of them", async () => {
    const sim = await startSimulator();
    try {
      let refused = false;
      const sawThe429 = createMissiveClient({
        token: TOKEN,
        baseUrl: sim.url,
        maxRetries: 0,
        rateLimit: { store: redis.store() },
        // The first answer is Missive's 429 with Retry-After: 1.
        fetch: async (request) => {
          if (refused) return fetch(request);
          refused = true;
          const headers = { "retry-after": "1", "content-type": "application/json" };
          return new Response('{"error":"Too many requests"}', { status: 429, headers });
        },
      });
      await expect(sawThe429.users.list()).rejects.toThrow();
      // The client shares the pause in the background: wait until Redis holds it.
      const pttl = () => redis.redis().pttl(`missive:ratelimit:{${scopeOf(TOKEN)}}:pause`);
      for (let i = 0; i < 50 && (await pttl()) <= 0; i++) await sleep(10);
      const pause = await pttl();
      expect(pause).toBeGreaterThan(0);
      expect(pause).toBeLessThanOrEqual(1_000);

      const other = createMissiveClient({
        token: TOKEN,
        baseUrl: sim.url,
        rateLimit: { store: redis.store() },
      });
      const start = performance.now();
      await other.users.list();
      // It waited for the rest of the pause before sending.
      expect(performance.now() - start).toBeGreaterThanOrEqual(pause - 50);
      expect(sim.stats.requests).toBe(1);
    } finally {
      await sim.stop();
    }
  });
});

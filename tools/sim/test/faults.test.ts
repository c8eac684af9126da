/** Injected faults: deterministic per seed, and a faulted POST is never applied. */
import { describe, expect, it } from "vitest";
import { type FaultKind, startSimulator } from "../src/index.ts";
import { call } from "./helpers.ts";

/** What 40 sequential requests get: a status, or "reset" when the socket is destroyed. */
async function outcomes(seed: number, kinds?: FaultKind[]): Promise<string[]> {
  const sim = await startSimulator({
    seed,
    rateLimit: false,
    faults: { rate: 0.5, slowMs: 5, ...(kinds ? { kinds } : {}) },
  });
  try {
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      try {
        seen.push(String((await call(sim.url, "GET", "/users")).status));
      } catch {
        seen.push("reset");
      }
    }
    return seen;
  } finally {
    await sim.stop();
  }
}

describe("faults", () => {
  it("are the same sequence for the same seed, and a different one for another seed", async () => {
    const first = await outcomes(11);
    expect(await outcomes(11)).toEqual(first);
    expect(await outcomes(12)).not.toEqual(first);
    for (const kind of ["429", "500", "503", "reset"]) expect(first).toContain(kind);
    expect(first).toContain("200");
  });

  it("only draw from the chosen kinds", async () => {
    const seen = await outcomes(3, ["503"]);
    expect(new Set(seen)).toEqual(new Set(["200", "503"]));
  });

  it("never apply a faulted POST: each post is applied exactly once when retried", async () => {
    const sim = await startSimulator({
      seed: 5,
      rateLimit: false,
      faults: { rate: 0.5, slowMs: 5 },
    });
    try {
      const conversation = sim.state.conversations[0] as Record<string, unknown>;
      for (let n = 0; n < 10; n++) {
        const body = {
          posts: {
            conversation: conversation.id,
            text: `post ${n}`,
            notification: { title: "t", body: "b" },
          },
        };
        for (let attempt = 0; ; attempt++) {
          const status = await call(sim.url, "POST", "/posts", body).then(
            (a) => a.status,
            () => 0,
          );
          if (status === 200) break;
          expect(attempt).toBeLessThan(20);
        }
      }
      const texts = sim.stats.posts.map((body) => (body as { posts: { text: string } }).posts.text);
      expect(texts).toEqual(Array.from({ length: 10 }, (_, n) => `post ${n}`));
      expect(sim.stats.faultsInjected).toBeGreaterThan(0);
      expect(sim.state.nested.list(conversation, "posts").length).toBe(3 + 10);
    } finally {
      await sim.stop();
    }
  });
});

describe("the reset-after fault", () => {
  it("applies the request, then destroys the socket without answering", async () => {
    const sim = await startSimulator({
      seed: 7,
      rateLimit: false,
      faults: { rate: 1, kinds: ["reset-after"] },
    });
    try {
      const conversation = sim.state.conversations[0] as Record<string, unknown>;
      const body = {
        posts: {
          conversation: conversation.id,
          text: "applied, unanswered",
          notification: { title: "t", body: "b" },
        },
      };
      await expect(call(sim.url, "POST", "/posts", body)).rejects.toThrow();
      expect(sim.stats.posts).toEqual([body]);
      expect(sim.stats.mutations).toEqual([{ operation: "POST /posts", body }]);
      expect(sim.stats.faultsByKind).toEqual({ "reset-after": 1 });
      expect(sim.state.nested.list(conversation, "posts").length).toBe(3 + 1);
      // A GET is processed too, and its answer lost the same way.
      await expect(call(sim.url, "GET", "/users")).rejects.toThrow();
      expect(sim.stats.faultsInjected).toBe(2);
    } finally {
      await sim.stop();
    }
  });

  it("is not among the default kinds", async () => {
    const sim = await startSimulator({ seed: 1, rateLimit: false, faults: { rate: 1, slowMs: 1 } });
    try {
      for (let i = 0; i < 40; i++) await call(sim.url, "GET", "/users").catch(() => undefined);
      expect(Object.keys(sim.stats.faultsByKind).sort()).toEqual(
        ["429", "500", "503", "reset", "slow"].sort(),
      );
    } finally {
      await sim.stop();
    }
  });
});

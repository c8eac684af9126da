/**
 * A POST is never duplicated by retries: through resets after the server applied it, resets
 * before, 500s, 503s and 429s, every post body is applied at most once, a post whose answer was
 * lost surfaces as ConnectionError, and only 429s (never applied) are re-sent.
 */
import { describe, expect, it } from "vitest";
import { ConnectionError, ServerError } from "../../src/index.js";
import { report, simClient, withSimulator } from "./sim.js";

const N = 40;

describe("posts.create through faults", () => {
  it("never applies a post twice, and reports the ones whose answer was lost", async () => {
    await withSimulator(
      {
        seed: 424_242,
        rateLimit: false,
        faults: {
          rate: 0.5,
          kinds: ["reset-after", "reset", "500", "503", "429"],
          retryAfterSeconds: 0,
        },
      },
      async (sim) => {
        const missive = simClient(sim, { maxRetries: 10, maxRetryDelayMs: 5 });
        const conversation = (sim.state.conversations[0] as { id: string }).id;
        const outcomes = new Map<string, unknown>();
        // One at a time, so the seeded fault sequence meets the posts in a fixed order.
        for (let n = 0; n < N; n++) {
          const text = `post ${n}`;
          try {
            await missive.posts.create({
              conversation,
              text,
              notification: { title: "Behaviour test", body: text },
              reopen: false,
            });
            outcomes.set(text, "ok");
          } catch (error) {
            outcomes.set(text, error);
          }
        }

        const applied = sim.stats.posts.map(
          (body) => (body as { posts: { text: string } }).posts.text,
        );
        const byKind = (kind: string) => sim.stats.faultsByKind[kind] ?? 0;
        const failed = [...outcomes].filter(([, outcome]) => outcome !== "ok");
        const ok = [...outcomes].filter(([, outcome]) => outcome === "ok");

        // No post body applied twice; every success applied exactly once.
        expect(new Set(applied).size).toBe(applied.length);
        for (const [text] of ok) expect(applied.filter((t) => t === text)).toHaveLength(1);
        // Applied but unanswered = the `reset-after` faults: each a ConnectionError saying so.
        const lostAnswers = failed.filter(([text]) => applied.includes(text));
        expect(lostAnswers).toHaveLength(byKind("reset-after"));
        for (const [, error] of lostAnswers) {
          expect(error).toBeInstanceOf(ConnectionError);
          expect((error as Error).message).toContain("may have reached Missive");
        }
        // Not applied and failed: resets before processing (ConnectionError) and 5xx.
        const connection = failed.filter(([, e]) => e instanceof ConnectionError);
        const server = failed.filter(([, e]) => e instanceof ServerError);
        expect(connection).toHaveLength(byKind("reset") + byKind("reset-after"));
        expect(server).toHaveLength(byKind("500") + byKind("503"));
        expect(failed).toHaveLength(connection.length + server.length);
        // Only 429s were re-sent, each exactly once more; so every 429-faulted post was
        // applied once (no 429 is among the failures).
        expect(sim.stats.byOperation["POST /posts"]).toBe(N + byKind("429"));
        expect(applied).toHaveLength(ok.length + lostAnswers.length);
        for (const kind of ["reset-after", "reset", "500", "503", "429"]) {
          expect(byKind(kind)).toBeGreaterThan(0);
        }
        report(
          `posts: ${N} sent, ${sim.stats.byOperation["POST /posts"]} requests, faults ` +
            `${JSON.stringify(sim.stats.faultsByKind)}, ${ok.length} ok, ${lostAnswers.length} ` +
            `applied-but-unanswered (ConnectionError), ${connection.length - lostAnswers.length} ` +
            `reset before (ConnectionError), ${server.length} ServerError, ${applied.length} applied`,
        );
      },
    );
  });
});

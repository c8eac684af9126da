/**
 * The in-memory dedupe store keeps its promise for the whole window, however many deliveries
 * arrive in it (issue 25: with a 10,000-key cap, a delivery replayed within 10 minutes after
 * 10,000 others ran `onEvent` again).
 */
import { describe, expect, it } from "vitest";
import {
  createMemoryDedupeStore,
  createWebhookHandler,
  signWebhookBody,
} from "../../src/webhooks.js";

const TEN_MINUTES = 10 * 60_000;

describe("the in-memory dedupe store", () => {
  it("still knows a delivery within the window after 20,000 others", () => {
    let time = 0;
    const store = createMemoryDedupeStore({ now: () => time });
    expect(store.claim("first", TEN_MINUTES)).toBe(true);
    for (let i = 0; i < 20_000; i++) {
      time += 10; // 200 s for all of them: well inside the window
      expect(store.claim(`other-${i}`, TEN_MINUTES)).toBe(true);
    }
    expect(store.claim("first", TEN_MINUTES)).toBe(false);
    expect(store.claim("other-0", TEN_MINUTES)).toBe(false);
  });

  it("forgets keys once their window has passed, so memory follows the deliveries of one window", () => {
    let time = 0;
    const store = createMemoryDedupeStore({ now: () => time });
    expect(store.claim("first", TEN_MINUTES)).toBe(true);
    time += TEN_MINUTES + 1;
    expect(store.claim("first", TEN_MINUTES)).toBe(true);
  });

  it("with maxKeys set, keeps at most that many (the oldest go first), as documented", () => {
    const store = createMemoryDedupeStore({ maxKeys: 2, now: () => 0 });
    for (const key of ["a", "b", "c"]) expect(store.claim(key, TEN_MINUTES)).toBe(true);
    expect(store.claim("a", TEN_MINUTES)).toBe(true);
    expect(store.claim("c", TEN_MINUTES)).toBe(false);
  });

  it("is what the handler uses by default: a replay after 10,001 deliveries runs onEvent once", async () => {
    const secret = "dedupe-window-secret";
    let time = 0;
    let runs = 0;
    const handler = createWebhookHandler({
      secret,
      now: () => time,
      onEvent: () => {
        runs++;
      },
      logger: {},
    });
    const post = async (n: number) => {
      const body = JSON.stringify({
        rule: { id: "r", type: "incoming_email" },
        conversation: { id: `c${n}` },
      });
      const signature = await signWebhookBody(body, secret);
      return handler(
        new Request("http://localhost/hooks", {
          method: "POST",
          body,
          headers: { "content-type": "application/json", "x-hook-signature": signature },
        }),
      );
    };
    expect((await post(0)).status).toBe(200);
    for (let n = 1; n <= 10_001; n++) {
      time += 10;
      await post(n);
    }
    expect(await (await post(0)).json()).toEqual({ ok: true, duplicate: true });
    await handler.idle();
    expect(runs).toBe(10_002);
  }, 60_000);
});

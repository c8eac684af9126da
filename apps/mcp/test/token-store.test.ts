/**
 * The HTTP server's store keeps each token's limiter state while it can change a decision,
 * and drops it once it cannot: a stream of ever-new tokens does not grow the process forever.
 */
import { describe, expect, it } from "vitest";
import { createTokenStore } from "../src/token-store.js";

const windows = [
  { windowMs: 60_000, max: 2 },
  { windowMs: 900_000, max: 100 },
];
const at = (now: number) => ({ now, concurrent: 5, windows, leaseMs: 900_000 });

async function answerOne(store: ReturnType<typeof createTokenStore>, scope: string, now: number) {
  const grant = await store.tryAcquire(scope, at(now));
  if (!grant.granted) throw new Error(`refused: ${grant.reason}`);
  await store.release(scope, grant.lease, now);
}

describe("the HTTP token store", () => {
  it("keeps a busy token's state among 1,000 others, and drops idle scopes after the longest window", async () => {
    const store = createTokenStore();
    await answerOne(store, "busy", 0);
    await answerOne(store, "busy", 1);
    for (let i = 0; i < 1_000; i++) await answerOne(store, `one-off-${i}`, 10);
    // Still within every window: the busy token is refused its third request a minute.
    expect((await store.tryAcquire("busy", at(20))).granted).toBe(false);
    expect(store.size).toBe(1_001);

    // 15 "minutes" later nothing they did counts any more: the sweep drops them all.
    const later = 900_100;
    for (let i = 0; i < 256; i++) await answerOne(store, "busy", later + i * 60_000);
    expect(store.size).toBe(1);
  });

  it("keeps a scope with a request in flight or a pause ahead", async () => {
    const store = createTokenStore();
    const held = await store.tryAcquire("in-flight", at(0));
    expect(held.granted).toBe(true);
    await store.pauseUntil("paused", 5_000_000);
    const later = 1_000_000;
    for (let i = 0; i < 256; i++) await answerOne(store, `other-${i}`, later);
    expect(store.size).toBe(258);
    expect((await store.tryAcquire("paused", at(later))).granted).toBe(false);
  });
});

/** onRelease: a release in any process wakes the waiters of every process sharing the scope. */
import { describe, expect, it } from "vitest";
import { freshScope, limits, sleep, useRedis } from "./helpers.ts";

const redis = useRedis();

/** Waits until `count` connections subscribe to the scope's release channel. */
const subscribed = async (scope: string, count: number) => {
  const channel = `missive:ratelimit:{${scope}}:released`;
  const [, listening] = (await redis.redis().pubsub("NUMSUB", channel)) as [string, number];
  if (listening < count) {
    await sleep(20);
    await subscribed(scope, count);
  }
};

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await sleep(20);
  return condition();
};

describe("onRelease", () => {
  it("calls the listeners of another process, and of this one, once per slot freed", async () => {
    const scope = freshScope();
    const [a, b] = [redis.store(), redis.store()];
    let heardInA = 0;
    let heardInB = 0;
    const stopA = a.onRelease(scope, () => heardInA++);
    const stopB = b.onRelease(scope, () => heardInB++);
    await subscribed(scope, 2);

    const grant = await a.tryAcquire(scope, limits());
    if (!grant.granted) throw new Error("must be granted");
    await a.release(scope, grant.lease, Date.now());
    expect(await until(() => heardInB === 1)).toBe(true);
    expect(heardInA).toBe(1);

    await a.release(scope, grant.lease, Date.now()); // nothing freed: nobody is woken
    stopB();
    const second = await a.tryAcquire(scope, limits());
    if (!second.granted) throw new Error("must be granted");
    await a.release(scope, second.lease, Date.now());
    await sleep(150);
    expect([heardInA, heardInB]).toEqual([2, 1]);
    stopA();
  });

  it("does not wake the listeners of another scope", async () => {
    const [mine, theirs] = [freshScope(), freshScope()];
    const [a, b] = [redis.store(), redis.store()];
    let heard = 0;
    b.onRelease(theirs, () => heard++);
    await subscribed(theirs, 1);
    const grant = await a.tryAcquire(mine, limits());
    if (!grant.granted) throw new Error("must be granted");
    await a.release(mine, grant.lease, Date.now());
    await sleep(150);
    expect(heard).toBe(0);
  });
});

/**
 * Draining the pending queue: claim a group of conversations, fetch their lists, commit the
 * group with its removal from the queue. Two groups are in flight at once so the limiter's
 * five slots stay busy while a group commits. With several workers (Postgres), each claims its
 * own groups; a dead worker's claims expire after the lease and are taken again.
 */
import { type RunContext, throwIfAborted } from "./context.js";
import { fetchGroup } from "./nested-lists.js";

/** Conversations per claim: their new messages' bodies come in one or two batches of 50. */
const GROUP = 10;
const LANES = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function drainPending(context: RunContext, leaseMs: number): Promise<void> {
  const lane = async () => {
    for (;;) {
      throwIfAborted(context.signal);
      const group = await context.store.claim(context.worker, GROUP, leaseMs);
      if (group.length === 0) return;
      const batch = await fetchGroup(context, group);
      await context.store.write(batch);
      context.meter.items += batch.upserts?.length ?? 0;
      context.meter.report("nested", (await context.store.pending()).total);
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
}

/**
 * Waits for what other workers hold: streams they were walking (then walks them too, which
 * costs a request when they are done) and pending conversations they claimed (taken over if
 * their lease runs out).
 */
export async function waitForOthers(
  context: RunContext,
  streams: (() => Promise<unknown>)[],
  leaseMs: number,
): Promise<void> {
  let waiting = [...streams];
  for (;;) {
    throwIfAborted(context.signal);
    const still: (() => Promise<unknown>)[] = [];
    for (const stream of waiting) if ((await stream()) === undefined) still.push(stream);
    waiting = still;
    const conversations = context.only.size === 0 || context.only.has("conversations");
    if (conversations) await drainPending(context, leaseMs);
    const total = conversations ? (await context.store.pending()).total : 0;
    if (waiting.length === 0 && total === 0) return;
    await sleep(Math.min(250, leaseMs / 4));
  }
}

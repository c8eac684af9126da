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
  let stopped = false;
  const lane = async () => {
    for (;;) {
      throwIfAborted(context.signal);
      // The other lane failed: claim nothing more, the run is ending.
      if (stopped) return;
      const group = await context.store.claim(context.worker, GROUP, leaseMs);
      if (group.length === 0) return;
      let batch: Awaited<ReturnType<typeof fetchGroup>>;
      try {
        batch = await fetchGroup(context, group);
        await context.store.write(batch);
      } catch (error) {
        // Ctrl-C, a 401, a server that fails: the group goes back to the queue now, or the
        // next run (or another worker) would wait out the lease before it could take it.
        stopped = true;
        const conversationIds = group.map((p) => p.conversationId);
        await context.store
          .write({ pendingRelease: { worker: context.worker, conversationIds } })
          .catch(() => {});
        throw error;
      }
      context.meter.items += batch.upserts?.length ?? 0;
      context.meter.report("nested", (await context.store.pending()).total);
    }
  };
  // Both lanes settle before the run ends, so each gives back what it claimed.
  const lanes = await Promise.allSettled(Array.from({ length: LANES }, lane));
  const failed = lanes.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
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

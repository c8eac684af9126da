/**
 * Conversations of one mailbox, newest first by `last_activity_at`, down to the checkpoint (the
 * newest `last_activity_at` of the previous complete walk; `until` is inclusive, so the ties at
 * it come again: the overlap). Each page commits its conversations, the conversations whose
 * nested lists must be fetched (the pending queue) and the walk's position, in one
 * transaction: a crash resumes the walk where it stopped.
 */
import { untilStep } from "@missive-ts/client";
import type { RunContext } from "./context.js";
import { throwIfAborted } from "./context.js";
import { conversationRow } from "./rows.js";

const PAGE = 50;

interface ConversationsCheckpoint {
  /** Newest `last_activity_at` of the last complete walk. */
  newest: number | null;
  /** When the last complete walk ended (Unix ms). */
  completedAt?: number;
  /** A walk under way: where it stands. */
  walk?: { top: number | null; until: number; seen: string[] };
}

type Obj = Record<string, unknown>;

export async function syncConversations(context: RunContext, mailbox: string): Promise<void> {
  const { api, store, meter } = context;
  const stream = `conversations:${mailbox}`;
  const checkpoint = ((await store.checkpoint(stream)) as ConversationsCheckpoint | undefined) ?? {
    newest: null,
  };
  const floor = checkpoint.newest;
  let top = checkpoint.walk?.top ?? null;
  let until = checkpoint.walk?.until;
  let seen: Set<unknown> = new Set(checkpoint.walk?.seen ?? []);
  for (;;) {
    throwIfAborted(context.signal);
    const page = await api.list("conversations", {
      [mailbox]: true,
      limit: PAGE,
      ...(until === undefined ? {} : { until }),
    });
    const step = untilStep(page, "last_activity_at", PAGE, seen, until);
    for (const item of step.fresh) {
      const at = Number(item.last_activity_at);
      if (top === null || at > top) top = at;
    }
    const stored = await store.raws(
      "conversations",
      step.fresh.map((c) => String(c.id)),
    );
    const changed = step.fresh.filter(
      (c) => JSON.stringify(stored.get(String(c.id))) !== JSON.stringify(c),
    );
    // New activity (or never fetched): its messages, comments, posts and drafts are due.
    const due = changed.filter(
      (c) => (stored.get(String(c.id)) as Obj | undefined)?.last_activity_at !== c.last_activity_at,
    );
    const reachedFloor = floor !== null && step.oldest <= floor;
    const done = step.next === undefined || reachedFloor;
    const next: ConversationsCheckpoint = done
      ? { newest: top ?? floor, completedAt: Date.now() }
      : {
          newest: floor,
          walk: { top, until: step.next as number, seen: [...step.boundary].map(String) },
        };
    await store.write({
      upserts: changed.map((c) => conversationRow(c, context.me)),
      pendingAdd: due.map((c) => ({
        conversationId: String(c.id),
        lastActivityAt: Number(c.last_activity_at),
      })),
      checkpoints: { [stream]: next },
    });
    meter.items += changed.length;
    meter.report(stream, (await store.pending()).total);
    if (done) return;
    until = step.next;
    seen = step.boundary;
  }
}

/**
 * The messages, comments, posts and drafts of pending conversations. A list is walked newest
 * first only down to what the store already holds (`until` is inclusive: the newest stored
 * item comes again, the overlap); messages and drafts are skipped when the stored count
 * already matches the conversation's `messages_count`/`drafts_count`. New messages' bodies
 * come in batches (`GET /messages/a,b,…`). A group of conversations commits in one
 * transaction with its removal from the queue.
 */
import { untilStep } from "@missive-ts/client";
import type { RunContext } from "./context.js";
import { nestedRow } from "./rows.js";
import type { NestedTable } from "./schema.js";
import type { PendingConversation, Row, WriteBatch } from "./store.js";

type Obj = Record<string, unknown>;

const PAGE = 10;
const CURSOR: Record<NestedTable, string> = {
  messages: "delivered_at",
  comments: "created_at",
  posts: "created_at",
  drafts: "delivered_at",
};
/** The conversation field that counts a list, where Missive gives one. */
const COUNT: Partial<Record<NestedTable, string>> = {
  messages: "messages_count",
  drafts: "drafts_count",
};

interface Listed {
  conversation: string;
  listed: Obj;
}

interface Known {
  count: number;
  newest: number | null;
}

/** Walks one list down to `floor` (all of it without one, as drafts always are). */
async function walk(
  context: RunContext,
  table: NestedTable,
  conversation: string,
  floor: number | null,
  expected: number | null,
): Promise<Obj[]> {
  const items: Obj[] = [];
  let until: number | undefined;
  let seen: Set<unknown> = new Set();
  for (;;) {
    const page = await context.api.nested(table, conversation, {
      limit: PAGE,
      ...(until === undefined ? {} : { until }),
    });
    const step = untilStep(page, CURSOR[table], PAGE, seen, until);
    items.push(...step.fresh);
    if (step.next === undefined) return items;
    // Down to the newest stored item: everything newer is on this page or an earlier one.
    if (floor !== null && step.oldest <= floor) return items;
    // The conversation says how many there are: once they are all in, no page is left.
    if (expected !== null && floor === null && items.length >= expected) return items;
    until = step.next;
    seen = step.boundary;
  }
}

async function fetchConversation(
  context: RunContext,
  pending: PendingConversation,
  raw: Obj | undefined,
  known: Record<NestedTable, Known | undefined>,
  batch: WriteBatch,
  needBodies: Map<string, Listed>,
): Promise<void> {
  const id = pending.conversationId;
  for (const table of ["messages", "comments", "posts", "drafts"] as const) {
    const stored = known[table] ?? { count: 0, newest: null };
    const countField = COUNT[table];
    const expected =
      countField && typeof raw?.[countField] === "number" ? (raw[countField] as number) : null;
    if (expected !== null && expected === stored.count) continue;
    if (table === "drafts") {
      const drafts = await walk(context, table, id, null, expected);
      batch.upserts?.push(...drafts.map((d) => nestedRow.drafts(d, id)));
      batch.replaceNested?.push({
        table,
        conversationId: id,
        keep: drafts.map((d) => String(d.id)),
      });
      continue;
    }
    const items = await walk(
      context,
      table,
      id,
      stored.newest,
      stored.count === 0 ? expected : null,
    );
    if (table === "messages") {
      // A message does not change once delivered: only new ones need their body.
      const known = new Set(stored.count > 0 ? await context.store.idsIn("messages", id) : []);
      for (const message of items) {
        if (known.has(String(message.id))) continue;
        needBodies.set(String(message.id), { conversation: id, listed: message });
      }
    } else {
      batch.upserts?.push(...items.map((item) => nestedRow[table](item, id)));
    }
  }
}

/** Fetches a claimed group and returns its batch (rows, bodies, queue removal). */
export async function fetchGroup(
  context: RunContext,
  group: PendingConversation[],
): Promise<WriteBatch> {
  const { store, api } = context;
  const ids = group.map((p) => p.conversationId);
  const raws = await store.raws("conversations", ids);
  const known = {} as Record<NestedTable, Map<string, Known>>;
  for (const table of ["messages", "comments", "posts", "drafts"] as const) {
    known[table] = await store.nested(table, CURSOR[table], ids);
  }
  const batch: WriteBatch = { upserts: [], replaceNested: [], pendingDone: group };
  const needBodies = new Map<string, Listed>();
  await Promise.all(
    group.map((pending) =>
      fetchConversation(
        context,
        pending,
        raws.get(pending.conversationId) as Obj | undefined,
        {
          messages: known.messages.get(pending.conversationId),
          comments: known.comments.get(pending.conversationId),
          posts: known.posts.get(pending.conversationId),
          drafts: known.drafts.get(pending.conversationId),
        },
        batch,
        needBodies,
      ).catch((error: unknown) => {
        // A conversation gone meanwhile (merged, deleted) or only visible as a guest: nothing to fetch.
        if (
          (error as { status?: number }).status === 404 ||
          (error as { status?: number }).status === 403
        )
          return;
        throw error;
      }),
    ),
  );
  if (needBodies.size > 0) {
    const bodies = new Map(
      (await api.messages([...needBodies.keys()])).map((m) => [String(m.id), m]),
    );
    // A message the batch did not answer keeps its listed form (no body) rather than going missing.
    const rows: Row[] = [...needBodies].map(([messageId, { conversation, listed }]) =>
      nestedRow.messages(bodies.get(messageId) ?? listed, conversation),
    );
    batch.upserts?.push(...rows);
  }
  return batch;
}

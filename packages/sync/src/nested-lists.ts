/**
 * The messages, comments, posts and drafts of pending conversations, brought up to date with
 * as few pages as still give an exact copy (see `list-walk.ts` for what a walk proves):
 * - messages are never edited: walked newest first down to the newest held one, and on while
 *   the held, new and gone ones do not add up to the conversation's `messages_count` (a
 *   deletion further down, or a message listed below the newest held one). Only new messages'
 *   bodies are fetched, in batches (`GET /messages/a,b,…`);
 * - comments and posts have no count: walked down to the newest held one;
 * - drafts are edited in place and nothing outside their list says so: walked whole, unless
 *   `drafts_count` is 0 and none is held.
 * Held items a walk proves gone are removed. A group of conversations commits in one
 * transaction with its removal from the queue.
 */
import type { RunContext } from "./context.js";
import { CURSOR, type Held, newestHeld, type WalkProgress, walkList } from "./list-walk.js";
import { nestedRow } from "./rows.js";
import type { NestedTable } from "./schema.js";
import type { PendingConversation, Row, WriteBatch } from "./store.js";

type Obj = Record<string, unknown>;

const TABLES = ["messages", "comments", "posts", "drafts"] as const;
/** The conversation field that counts a list, where Missive gives one. */
const COUNT: Partial<Record<NestedTable, string>> = {
  messages: "messages_count",
  drafts: "drafts_count",
};

interface Listed {
  conversation: string;
  listed: Obj;
}

/** When a walk of `table` may stop (after a page), given what is held and Missive's count. */
function stopRule(table: NestedTable, held: Held, expected: number | null) {
  if (table === "drafts") return () => false;
  const floor = newestHeld(held);
  return (progress: WalkProgress) => {
    // Down to the newest held item: everything newer is on this page or an earlier one.
    const reached = floor !== null ? progress.oldest <= floor : expected !== null;
    return (
      reached && (expected === null || held.size - progress.gone + progress.fresh === expected)
    );
  };
}

async function fetchConversation(
  context: RunContext,
  id: string,
  raw: Obj | undefined,
  held: Record<NestedTable, Held>,
  batch: WriteBatch,
  needBodies: Map<string, Listed>,
): Promise<void> {
  for (const table of TABLES) {
    const countField = COUNT[table];
    const expected =
      countField && typeof raw?.[countField] === "number" ? (raw[countField] as number) : null;
    // Missive counts none and none is held: nothing to read.
    if (expected === 0 && held[table].size === 0) continue;
    const walked = await walkList(
      context,
      table,
      id,
      held[table],
      stopRule(table, held[table], expected),
    );
    if (walked.gone.length > 0)
      batch.removeNested?.push({ table, conversationId: id, ids: walked.gone });
    if (table !== "messages") {
      batch.upserts?.push(...walked.listed.map((item) => nestedRow[table](item, id)));
      continue;
    }
    // A message does not change once delivered: only new ones need their body.
    for (const message of walked.listed)
      if (walked.fresh.has(String(message.id)))
        needBodies.set(String(message.id), { conversation: id, listed: message });
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
  const held = {} as Record<NestedTable, Map<string, Held>>;
  for (const table of TABLES) held[table] = await store.held(table, CURSOR[table], ids);
  const none: Held = new Map();
  const batch: WriteBatch = { upserts: [], removeNested: [], pendingDone: group };
  const needBodies = new Map<string, Listed>();
  await Promise.all(
    group.map((pending) =>
      fetchConversation(
        context,
        pending.conversationId,
        raws.get(pending.conversationId) as Obj | undefined,
        {
          messages: held.messages.get(pending.conversationId) ?? none,
          comments: held.comments.get(pending.conversationId) ?? none,
          posts: held.posts.get(pending.conversationId) ?? none,
          drafts: held.drafts.get(pending.conversationId) ?? none,
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

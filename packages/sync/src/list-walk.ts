/**
 * One nested list of one conversation, walked newest first against what the store holds of
 * it: which listed items are new, and which held items the walk proves gone. A page covers
 * every item newer than its oldest timestamp (`until` is inclusive and pages never split a
 * tie), so a held item in that range that no page listed was deleted. A tie a page may have
 * cut (`truncated`) proves nothing at its timestamp, and an item without a timestamp (a draft
 * not sent) is proven gone only by a walk to the end.
 */
import { untilStep } from "@missive-ts/client";
import type { RunContext } from "./context.js";
import type { NestedTable } from "./schema.js";

type Obj = Record<string, unknown>;

/** Items per page (Missive's maximum for these lists). */
const PAGE = 10;

/** The pagination cursor of each list, also the column the store keeps it in. */
export const CURSOR: Record<NestedTable, string> = {
  messages: "delivered_at",
  comments: "created_at",
  posts: "created_at",
  drafts: "delivered_at",
};

/** What the store holds of one list: item id → its cursor timestamp. */
export type Held = ReadonlyMap<string, number | null>;

/** Where a walk stands after a page, for its caller to decide whether to go on. */
export interface WalkProgress {
  /** The oldest timestamp of the last page. */
  oldest: number;
  /** Listed items the store does not hold. */
  fresh: number;
  /** Held items proven gone so far. */
  gone: number;
}

export interface WalkResult {
  /** Every item listed, newest first. */
  listed: Obj[];
  /** Ids of listed items the store does not hold. */
  fresh: Set<string>;
  /** Ids of held items proven gone. */
  gone: string[];
}

function provenGone(held: Held, listed: Set<string>, above: number, unsure: Set<number>) {
  const gone: string[] = [];
  for (const [id, at] of held) {
    if (listed.has(id) || (at !== null && unsure.has(at))) continue;
    if (at === null ? above === Number.NEGATIVE_INFINITY : at > above) gone.push(id);
  }
  return gone;
}

/** Walks `table` of `conversation` until `enough` says so after a page, or to its end. */
export async function walkList(
  context: RunContext,
  table: NestedTable,
  conversation: string,
  held: Held,
  enough: (progress: WalkProgress) => boolean,
): Promise<WalkResult> {
  const listed: Obj[] = [];
  const ids = new Set<string>();
  const fresh = new Set<string>();
  const unsure = new Set<number>();
  let until: number | undefined;
  let seen: Set<unknown> = new Set();
  for (;;) {
    const page = await context.api.nested(table, conversation, {
      limit: PAGE,
      ...(until === undefined ? {} : { until }),
    });
    const step = untilStep(page, CURSOR[table], PAGE, seen, until);
    for (const item of step.fresh) {
      const id = String(item.id);
      listed.push(item);
      ids.add(id);
      if (!held.has(id)) fresh.add(id);
    }
    if (step.truncated && step.next !== undefined) unsure.add(step.oldest);
    // The end of the list: every held item not listed is gone, unless the end was not proven.
    const above =
      step.next === undefined && !step.truncated ? Number.NEGATIVE_INFINITY : step.oldest;
    const gone = provenGone(held, ids, Number.isNaN(above) ? Infinity : above, unsure);
    if (
      step.next === undefined ||
      enough({ oldest: step.oldest, fresh: fresh.size, gone: gone.length })
    )
      return { listed, fresh, gone };
    until = step.next;
    seen = step.boundary;
  }
}

/** The newest held timestamp (`null` when nothing with a timestamp is held). */
export function newestHeld(held: Held): number | null {
  let newest: number | null = null;
  for (const at of held.values()) if (at !== null && (newest === null || at > newest)) newest = at;
  return newest;
}

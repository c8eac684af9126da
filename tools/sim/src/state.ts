/** The simulator's state and the context every operation handler receives. */
import type { AnalyticsReports } from "./analytics.ts";
import { badRequest, type Entity, notFound, type Reply } from "./http.ts";
import type { NestedStore } from "./nested-lists.ts";
import type { Query } from "./query.ts";
import type { Random } from "./random.ts";
import type { SeededData } from "./seed-data.ts";
import { byNewest } from "./timeline.ts";

export interface SimulatorState extends SeededData {
  /** Messages, comments, drafts and posts of each conversation (generated on first access). */
  nested: NestedStore;
  analytics: AnalyticsReports;
  /** Webhook subscriptions by ID. */
  hooks: Map<string, Entity>;
  /** Stream for the IDs of created items. */
  random: Random;
}

export interface HandlerContext {
  /** Path parameters, raw (multi-id ones still comma-separated). */
  params: Record<string, string>;
  query: Query;
  body: unknown;
  state: SimulatorState;
}

export type Handler = (context: HandlerContext) => Reply;

/** Unix seconds now (always newer than the seeded data). */
export const nowSeconds = () => Math.floor(Date.now() / 1_000);

export function findById(items: readonly Entity[], id: string | undefined): Entity {
  const found = items.find((item) => item.id === id);
  if (!found) throw notFound();
  return found;
}

/** Comma-separated IDs of a multi-id path segment. */
export const splitIds = (raw: string | undefined) =>
  (raw ?? "").split(",").filter((id) => id !== "");

/** Inputs as a non-empty list of objects, else 400. */
export function inputList(value: unknown): Entity[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((item) => !item || typeof item !== "object")) {
    throw badRequest("Expected one or more objects");
  }
  return list as Entity[];
}

/**
 * The PATCH multi-id rule: each body object is applied to the item with its `id` (or the
 * only path ID when it has none); every ID must exist.
 */
export function targetsOf(items: readonly Entity[], pathIds: string[], inputs: Entity[]) {
  return inputs.map((input) => {
    const id = (input.id as string | undefined) ?? (pathIds.length === 1 ? pathIds[0] : undefined);
    if (!id) throw badRequest("Each object needs an id");
    return { entity: findById(items, id), input };
  });
}

/** Inserts an item into a newest-first list at its place. */
export function insertSorted(items: Entity[], item: Entity, cursor: string): void {
  const compare = byNewest(cursor);
  let at = items.findIndex((other) => compare(item, other) < 0);
  if (at < 0) at = items.length;
  items.splice(at, 0, item);
}

/** Keeps only items of `organization` when the filter is given and the items carry one. */
export function byOrganization(items: Entity[], organization: unknown): Entity[] {
  if (organization === undefined) return items;
  return items.filter((item) => !("organization" in item) || item.organization === organization);
}

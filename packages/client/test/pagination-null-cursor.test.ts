/**
 * Every until-style list walks past items whose cursor field is null or missing (a draft not
 * sent yet has `delivered_at: null`): never an `until` below 0 or NaN, each item once.
 */
import { describe, expect, it } from "vitest";
import { operationTable } from "../src/generated/operations.js";
import type { Paginator } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

type Entry = (typeof operationTable)[number];
type UntilList = Entry & { pagination: { style: "until"; cursor: string }; listAllName: string };
const untilLists = operationTable.filter(
  (entry): entry is UntilList => entry.pagination?.style === "until" && entry.listAllName !== null,
);

type Item = Record<string, unknown> & { id: string };

/**
 * A server of `items` (newest first) as Missive pages them: `until` inclusive, `null` and
 * missing timestamps ordered as 0, ties kept whole, and a negative `until` refused.
 */
function listServer(envelope: string, cursor: string, items: Item[]) {
  const sent: string[] = [];
  const warnings: string[] = [];
  const stamp = (item: Item) => Number(item[cursor] ?? 0);
  const fake = fakeClient(
    (request) => {
      const query = new URL(request.url).searchParams;
      const until = query.get("until");
      if (until !== null) sent.push(until);
      if (until !== null && !(Number(until) >= 0)) {
        return json({ error: "until must be between 0 and Infinity" }, { status: 400 });
      }
      const limit = Number(query.get("limit"));
      const kept = until === null ? items : items.filter((item) => stamp(item) <= Number(until));
      let end = Math.min(kept.length, limit);
      while (
        end > 0 &&
        end < kept.length &&
        stamp(kept[end] as Item) === stamp(kept[end - 1] as Item)
      )
        end++;
      return json({ [envelope]: kept.slice(0, end) });
    },
    { logger: { warn: (message) => warnings.push(message) } },
  );
  return { ...fake, sent, warnings };
}

function listAll(client: unknown, entry: UntilList, query: Record<string, unknown>) {
  const namespace = (client as Record<string, Record<string, unknown>>)[entry.namespace];
  const method = namespace?.[entry.listAllName] as (...args: unknown[]) => Paginator<Item>;
  const args = entry.pathParams.length > 0 ? ["conversation-id", query] : [query];
  return method(...args);
}

const queryOf = (entry: UntilList, limit: number) =>
  entry.operationId === "listConversations" ? { inbox: true, limit } : { limit };

describe("until-style lists with a null or missing cursor field", () => {
  it("covers every until-style list of the table", () => {
    expect(untilLists.map((e) => e.operationId).sort()).toEqual(
      [
        "listConversationComments",
        "listConversationDrafts",
        "listConversationMessages",
        "listConversationPosts",
        "listConversations",
        "listTasks",
      ].sort(),
    );
  });

  it.each(untilLists.map((e) => [e.operationId, e] as const))(
    "%s: walks every item once and never sends an until below 0",
    async (_name, entry) => {
      const { cursor } = entry.pagination;
      const stamped = [90, 80, 80, 70, 60, 50, 40, 30].map((at, n) => ({
        id: `s${n}`,
        [cursor]: at,
      }));
      const unstamped: Item[] = [
        ...[0, 1, 2, 3].map((n) => ({ id: `null${n}`, [cursor]: null })),
        ...[0, 1].map((n) => ({ id: `missing${n}` })),
      ];
      const items = [...stamped, ...unstamped];
      for (const limit of [3, 4, 5]) {
        const server = listServer(entry.response.envelope, cursor, items);
        const walk = listAll(server.client, entry, queryOf(entry, limit));
        const got = (await walk.collect()).map((item) => item.id);
        expect(got.sort()).toEqual(items.map((item) => item.id).sort());
        for (const until of server.sent) expect(Number(until)).toBeGreaterThanOrEqual(0);
        expect(server.warnings).toEqual([]);
        expect(walk.possiblyTruncated).toBe(false);
      }
    },
  );

  it.each(untilLists.map((e) => [e.operationId, e] as const))(
    "%s: stops on a full page with no cursor at all, flags it and says why",
    async (_name, entry) => {
      const { cursor } = entry.pagination;
      const warnings: string[] = [];
      const page = [0, 1, 2].map((n) => ({ id: `null${n}`, [cursor]: null }));
      const { client, calls } = fakeClient(() => json({ [entry.response.envelope]: page }), {
        logger: { warn: (message) => warnings.push(message) },
      });
      const walk = listAll(client, entry, queryOf(entry, 3));
      expect((await walk.collect()).map((item) => item.id)).toEqual(["null0", "null1", "null2"]);
      expect(calls).toHaveLength(1);
      expect(walk.possiblyTruncated).toBe(true);
      expect(warnings).toEqual([
        expect.stringContaining(`stopped on a full page without ${cursor}`),
      ]);
    },
  );
});

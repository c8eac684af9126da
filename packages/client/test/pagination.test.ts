import { describe, expect, it } from "vitest";
import { fakeClient, json, pagedClient } from "./helpers.js";

type Conv = { id: string; last_activity_at: number };
const conv = (id: string, t: number): Conv => ({ id, last_activity_at: t });

describe("until-style pagination (conversations)", () => {
  it("walks pages by the oldest last_activity_at, dedupes boundary repeats, stops on a short page", async () => {
    const { client, queries } = pagedClient("conversations", [
      [conv("a", 50), conv("b", 40), conv("c", 30)],
      // The boundary conversation comes back (same timestamp): it must not be yielded twice.
      [conv("c", 30), conv("d", 20), conv("e", 10)],
      [conv("e", 10)],
    ]);
    const all = await client.conversations.listAll({ limit: 3, inbox: true }).collect();
    expect(all.map((c) => c.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(queries.map((q) => q.get("until"))).toEqual([null, "30", "10"]);
    expect(queries.every((q) => q.get("inbox") === "true" && q.get("limit") === "3")).toBe(true);
  });

  it("pages at the spec's maximum (50) when the query sets no limit, and sends it", async () => {
    const full = Array.from({ length: 50 }, (_, i) => conv(`p1-${i}`, 1000 - i));
    const { client, queries } = pagedClient("conversations", [full, [conv("last", 1)]]);
    const all = await client.conversations.listAll({ inbox: true }).toArray();
    expect(all).toHaveLength(51);
    expect(queries[0]?.get("limit")).toBe("50");
  });

  it("keeps going when a page holds more items than limit", async () => {
    const { client, queries } = pagedClient("conversations", [
      [conv("a", 50), conv("b", 40), conv("c", 30), conv("d", 25)],
      [conv("e", 20)],
    ]);
    const all = await client.conversations.listAll({ limit: 2, inbox: true }).collect();
    expect(all.map((c) => c.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(queries).toHaveLength(2);
  });

  it("walks past a full page of one timestamp, flags it and says which items may be missing", async () => {
    const warnings: string[] = [];
    const { client } = fakeClient(
      (request) => {
        const until = new URL(request.url).searchParams.get("until");
        const pages: Record<string, Conv[]> = {
          first: [conv("a", 9), conv("b", 9)],
          "8": [conv("c", 7), conv("d", 6)],
          "6": [conv("d", 6)],
        };
        return json({ conversations: pages[until ?? "first"] ?? [] });
      },
      { logger: { warn: (m) => warnings.push(m) } },
    );
    const walk = client.conversations.listAll({ limit: 2, inbox: true });
    const all = await walk.collect();
    expect(all.map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
    expect(walk.possiblyTruncated).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("more items with last_activity_at 9 may exist and be missing");
  });

  it("a page longer than limit of one timestamp (the server kept the tie whole) is not truncated", async () => {
    const tie = Array.from({ length: 5 }, (_, i) => conv(`t${i}`, 9));
    const { client, queries } = pagedClient("conversations", [
      [conv("a", 10), ...tie],
      tie,
      [conv("z", 3)],
    ]);
    const walk = client.conversations.listAll({ limit: 3, inbox: true });
    const all = await walk.collect();
    expect(all.map((c) => c.id)).toEqual(["a", "t0", "t1", "t2", "t3", "t4", "z"]);
    expect(queries.map((q) => q.get("until"))).toEqual([null, "9", "8"]);
    expect(walk.possiblyTruncated).toBe(false);
  });

  it("a short page with one shared timestamp is simply the end (not truncated)", async () => {
    const { client } = pagedClient("conversations", [[conv("a", 9)]]);
    const it = client.conversations.listAll({ limit: 2, inbox: true });
    expect(await it.collect()).toHaveLength(1);
    expect(it.possiblyTruncated).toBe(false);
  });

  it("never loops forever when a server keeps sending the same page", async () => {
    const page = [conv("a", 9), conv("b", 8)];
    const { client, queries } = pagedClient("conversations", [page, page, page, page]);
    const walk = client.conversations.listAll({ limit: 2, inbox: true });
    const all = await walk.collect();
    expect(all.map((c) => c.id)).toEqual(["a", "b"]);
    expect(queries.map((q) => q.get("until"))).toEqual([null, "8", "7"]);
    expect(walk.possiblyTruncated).toBe(true);
  });

  it("nested lists page with their own cursor (messages: delivered_at) and path id", async () => {
    const msg = (id: string, t: number) => ({ id, delivered_at: t });
    const { client, calls } = pagedClient("messages", [
      [msg("m1", 5), msg("m2", 4)],
      [msg("m3", 3)],
    ]);
    const ids: string[] = [];
    for await (const m of client.conversations.listAllMessages("c1", { limit: 2 })) ids.push(m.id);
    expect(ids).toEqual(["m1", "m2", "m3"]);
    expect(calls[1]?.url).toBe("https://api.test/v1/conversations/c1/messages?limit=2&until=4");
  });
});

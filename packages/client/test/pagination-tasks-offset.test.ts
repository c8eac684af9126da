import { describe, expect, it } from "vitest";
import { paginate } from "../src/index.js";
import { fakeClient, json, pagedClient } from "./helpers.js";

describe("tasks: inclusive until", () => {
  it("passes the last timestamp as is and yields every task exactly once", async () => {
    const task = (id: string, t: number) => ({ id, last_activity_at: t });
    // Server side: 7 tasks, `until` inclusive, newest first, limit 3.
    const tasks = [
      task("t1", 70),
      task("t2", 60),
      task("t3", 50),
      task("t4", 50),
      task("t5", 40),
      task("t6", 30),
      task("t7", 20),
    ];
    const queries: URLSearchParams[] = [];
    const { client } = fakeClient((request) => {
      const q = new URL(request.url).searchParams;
      queries.push(q);
      const until = Number(q.get("until") ?? Number.POSITIVE_INFINITY);
      const limit = Number(q.get("limit"));
      return json({ tasks: tasks.filter((t) => t.last_activity_at <= until).slice(0, limit) });
    });
    const all = await client.tasks.listAll({ limit: 3 }).collect();
    expect(all.map((t) => t.id)).toEqual(["t1", "t2", "t3", "t4", "t5", "t6", "t7"]);
    expect(queries.map((q) => q.get("until"))).toEqual([null, "50", "40", "20"]);
  });

  it("sends the maximum (50) as limit since the docs state no default", async () => {
    const { client, queries } = pagedClient("tasks", [[]]);
    await client.tasks.listAll().collect();
    expect(queries[0]?.get("limit")).toBe("50");
  });
});

describe("offset-style pagination", () => {
  it("advances offset by the page length until a short page", async () => {
    const { client, queries } = pagedClient("contacts", [
      [{ id: "1" }, { id: "2" }],
      [{ id: "3" }, { id: "4" }],
      [{ id: "5" }],
    ]);
    const all = await client.contacts
      .listAll({ contact_book: "b1", limit: 2 }, { pageConcurrency: 1 })
      .collect();
    expect(all.map((c) => c.id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(queries.map((q) => q.get("offset"))).toEqual(["0", "2", "4"]);
    expect(queries.every((q) => q.get("contact_book") === "b1")).toBe(true);
  });

  it("stops on an empty page when no limit is known", async () => {
    const pages = [[1, 2], [3], []];
    const seen: number[] = [];
    const items = paginate(async () => pages.shift() ?? [], { style: "offset", limit: null });
    for await (const n of items) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
  });
});

/** Walking every paginated list the way the docs say yields exactly the seeded set. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../src/index.ts";
import { call, list } from "./helpers.ts";

type Json = Record<string, unknown>;
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    seed: 42,
    rateLimit: false,
    data: {
      conversations: 600,
      messagesPerConversation: 80,
      tasks: 400,
      contacts: 450,
      timestampCollisionRate: 0.4,
    },
  });
});
afterAll(async () => {
  await sim?.stop();
});

/**
 * The documented `until` walk: pass the oldest item's timestamp as `until`; stop when a page
 * holds fewer than `limit` items or all its items share one timestamp; dedupe by ID.
 */
async function untilWalk(path: string, key: string, cursor: string, limit: number) {
  const seen = new Map<string, Json>();
  let until: number | undefined;
  let pages = 0;
  let largest = 0;
  let resent = 0;
  for (;;) {
    const separator = path.includes("?") ? "&" : "?";
    const query = `${separator}limit=${limit}${until === undefined ? "" : `&until=${until}`}`;
    const page = await list(sim.url, `${path}${query}`, key);
    pages++;
    largest = Math.max(largest, page.length);
    for (const item of page) {
      if (seen.has(item.id as string)) resent++;
      seen.set(item.id as string, item);
    }
    const stamps = page.map((item) => item[cursor] as number);
    if (page.length < limit || new Set(stamps).size <= 1) break;
    until = Math.min(...stamps);
  }
  return { ids: [...seen.keys()], pages, largest, resent };
}

describe("until pagination (conversations and nested lists)", () => {
  it("walks all conversations; pages exceed limit on ties and boundary items are re-sent", async () => {
    const walk = await untilWalk(
      "/conversations?all=true",
      "conversations",
      "last_activity_at",
      25,
    );
    const expected = sim.state.conversations.map((c) => c.id);
    expect(walk.ids.sort()).toEqual([...expected].sort());
    expect(walk.largest).toBeGreaterThan(25);
    expect(walk.resent).toBeGreaterThan(0);
  });

  it("walks all messages of a conversation with limit 10 (the maximum)", async () => {
    const conversation = sim.state.conversations[3] as Json;
    const path = `/conversations/${conversation.id}/messages`;
    const walk = await untilWalk(path, "messages", "delivered_at", 10);
    const expected = sim.state.nested.list(conversation, "messages").map((m) => m.id);
    expect(expected).toHaveLength(80);
    expect(walk.ids.sort()).toEqual([...expected].sort());
    expect(walk.largest).toBeGreaterThan(10);
  });

  it("returns items at or before until, newest first", async () => {
    const page = await list(sim.url, "/conversations?inbox=true&limit=50", "conversations");
    const stamps = page.map((c) => c.last_activity_at as number);
    expect(stamps).toEqual([...stamps].sort((a, b) => b - a));
    const until = stamps[10] as number;
    const next = await list(sim.url, `/conversations?inbox=true&until=${until}`, "conversations");
    expect((next[0] as Json).last_activity_at).toBe(until);
    expect(next.every((c) => (c.last_activity_at as number) <= until)).toBe(true);
  });

  it("rejects a limit out of bounds with 400", async () => {
    for (const path of [
      "/conversations?inbox=true&limit=0",
      "/conversations?inbox=true&limit=51",
      `/conversations/${sim.state.conversations[0]?.id}/messages?limit=11`,
      "/tasks?limit=1",
      "/users?limit=201",
      "/users?offset=-1",
    ]) {
      expect((await call(sim.url, "GET", path)).status, path).toBe(400);
    }
  });
});

describe("tasks: inclusive until, pages never exceed limit", () => {
  it("a walk with until = last timestamp and dedupe by ID loses nothing", async () => {
    const seen = new Set<string>();
    let until: number | undefined;
    for (;;) {
      const page = await list(sim.url, `/tasks?limit=20${until ? `&until=${until}` : ""}`, "tasks");
      expect(page.length).toBeLessThanOrEqual(20);
      const before = seen.size;
      for (const task of page) seen.add(task.id as string);
      if (page.length < 20 || seen.size === before) break;
      until = (page.at(-1) as Json).last_activity_at as number;
    }
    expect([...seen].sort()).toEqual(sim.state.tasks.map((t) => t.id as string).sort());
  });

  it("the docs' until = last − 1 skips a task that shares the page break's timestamp", async () => {
    // A group of three tasks with one timestamp, paged two at a time.
    const stamps = sim.state.tasks.map((task) => task.last_activity_at as number);
    const at = stamps.findIndex(
      (stamp, i) =>
        i > 0 && stamp === stamps[i + 1] && stamp === stamps[i + 2] && stamp !== stamps[i - 1],
    );
    expect(at).toBeGreaterThan(0);
    const stamp = stamps[at] as number;
    const first = await list(sim.url, `/tasks?limit=2&until=${stamp}`, "tasks");
    expect(first.map((t) => t.id)).toEqual(sim.state.tasks.slice(at, at + 2).map((t) => t.id));
    const minusOne = await list(sim.url, `/tasks?limit=2&until=${stamp - 1}`, "tasks");
    expect(minusOne.map((t) => t.id)).not.toContain(sim.state.tasks[at + 2]?.id);
    const same = await list(sim.url, `/tasks?limit=50&until=${stamp}`, "tasks");
    expect(same.map((t) => t.id)).toContain(sim.state.tasks[at + 2]?.id);
  });
});

describe("offset pagination", () => {
  it("walks all contacts of a contact book", async () => {
    const book = sim.state.contactBooks[0]?.id as string;
    const ids: string[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await list(
        sim.url,
        `/contacts?contact_book=${book}&limit=200&offset=${offset}`,
        "contacts",
      );
      ids.push(...page.map((c) => c.id as string));
      if (page.length < 200) break;
    }
    const expected = sim.state.contacts.filter((c) => c.contact_book === book).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(200);
    expect(ids).toEqual(expected);
  });
});

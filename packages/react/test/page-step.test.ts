import { describe, expect, it } from "vitest";
import { flattenPages, nextOffset, nextUntil } from "../src/index.js";

// The rules themselves are the client's (`untilStep`, `offsetStep`, tested there); these are
// the TanStack-shaped helpers on top of them.
const item = (id: string, at: number) => ({ id, last_activity_at: at });

describe("nextUntil / nextOffset (getNextPageParam)", () => {
  it("nextUntil: the oldest timestamp of a full page, undefined after a short one", () => {
    expect(nextUntil([item("a", 50), item("b", 40), item("c", 30)], "last_activity_at", 3)).toBe(
      30,
    );
    expect(nextUntil([item("a", 50), item("b", 40)], "last_activity_at", 3)).toBeUndefined();
  });

  it("nextUntil: drafts without delivered_at (null) never give an until below 0", () => {
    const draft = (id: string, at: number | null) => ({ id, delivered_at: at });
    const page = [draft("a", 0), draft("b", null), draft("c", null)];
    expect(nextUntil(page, "delivered_at", 3)).toBeUndefined();
    expect(nextUntil([draft("a", 20), draft("b", 10), draft("c", null)], "delivered_at", 3)).toBe(
      10,
    );
  });

  it("nextOffset: grows by the page length, stops on a page that repeats earlier ids only", () => {
    expect(nextOffset([{ id: "a" }, { id: "b" }], 4, 2)).toBe(6);
    expect(nextOffset([{ id: "a" }, { id: "b" }], 2, 2, new Set(["a", "b"]))).toBeUndefined();
  });
});

describe("flattenPages", () => {
  it("keeps the first occurrence of each id in page order, and every item without an id", () => {
    const pages = [
      [item("a", 3), item("b", 2)],
      [item("b", 2), { last_activity_at: 1 }, item("c", 1)],
    ];
    expect(flattenPages(pages).map((i) => ("id" in i ? i.id : "?"))).toEqual(["a", "b", "?", "c"]);
  });
});

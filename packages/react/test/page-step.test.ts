import { describe, expect, it } from "vitest";
import { flattenPages, nextOffset, nextUntil, untilStep } from "../src/index.js";

const item = (id: string, at: number) => ({ id, last_activity_at: at });

describe("untilStep / nextUntil (until-style pages)", () => {
  it("the next until is the oldest timestamp of a full page", () => {
    const page = [item("a", 50), item("b", 40), item("c", 30)];
    expect(nextUntil(page, "last_activity_at", 3)).toBe(30);
  });

  it("a page shorter than the limit is the last", () => {
    expect(nextUntil([item("a", 50), item("b", 40)], "last_activity_at", 3)).toBeUndefined();
    expect(nextUntil([], "last_activity_at", 3)).toBeUndefined();
    expect(untilStep([item("a", 1)], "last_activity_at", 3).truncated).toBe(false);
  });

  it("a full page of one timestamp ends the walk and says it may be truncated", () => {
    const step = untilStep([item("a", 7), item("b", 7), item("c", 7)], "last_activity_at", 3);
    expect(step).toMatchObject({ next: undefined, truncated: true });
  });

  it("dedupes ids seen on earlier pages, and stops on a page with nothing new", () => {
    const seen = new Set(["a", "b"]);
    const page = [item("b", 40), item("c", 30), item("d", 20)];
    const step = untilStep(page, "last_activity_at", 3, seen);
    expect(step.fresh.map((i) => i.id)).toEqual(["c", "d"]);
    expect(step.next).toBe(20);
    const stale = untilStep([item("a", 9), item("b", 8)], "last_activity_at", 2, seen);
    expect(stale).toMatchObject({ next: undefined, truncated: true, fresh: [] });
  });

  it("a page longer than the limit (the server does not split a tie) goes on", () => {
    const page = [item("a", 9), item("b", 8), item("c", 8)];
    expect(nextUntil(page, "last_activity_at", 2)).toBe(8);
  });
});

describe("nextOffset (offset-style pages)", () => {
  it("grows by the page length until a short page", () => {
    expect(nextOffset([{ id: "a" }, { id: "b" }], 4, 2)).toBe(6);
    expect(nextOffset([{ id: "a" }], 4, 2)).toBeUndefined();
  });
  it("stops on a page that repeats earlier ids only", () => {
    expect(nextOffset([{ id: "a" }, { id: "b" }], 2, 2, new Set(["a", "b"]))).toBeUndefined();
  });
});

describe("flattenPages", () => {
  it("keeps the first occurrence of each id, in page order", () => {
    const pages = [
      [item("a", 3), item("b", 2)],
      [item("b", 2), item("c", 1)],
    ];
    expect(flattenPages(pages).map((i) => i.id)).toEqual(["a", "b", "c"]);
  });
});

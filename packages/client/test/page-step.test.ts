import { describe, expect, it } from "vitest";
import { offsetStep, untilStep } from "../src/index.js";

const item = (id: string, at: number) => ({ id, last_activity_at: at });
const ids = (items: readonly { id?: unknown }[]) => items.map((i) => i.id);

describe("untilStep (until-style pages)", () => {
  it("the next until is the oldest timestamp of a full page", () => {
    const step = untilStep([item("a", 50), item("b", 30), item("c", 30)], "last_activity_at", 3);
    expect(step).toMatchObject({ next: 30, truncated: false, oldest: 30 });
  });

  it("a page shorter than the limit is the last; with an unknown limit only an empty page is", () => {
    expect(untilStep([item("a", 50), item("b", 40)], "last_activity_at", 3).next).toBeUndefined();
    expect(untilStep([], "last_activity_at", 3)).toMatchObject({
      next: undefined,
      truncated: false,
    });
    expect(untilStep([item("a", 50), item("b", 40)], "last_activity_at", Number.NaN).next).toBe(40);
    expect(untilStep([], "last_activity_at", Number.NaN).next).toBeUndefined();
  });

  it("a page of one timestamp is walked past with that timestamp minus one", () => {
    // Exactly `limit` items: the server may have cut the tie, so some may be missing.
    const cut = untilStep([item("a", 7), item("b", 7), item("c", 7)], "last_activity_at", 3);
    expect(cut).toMatchObject({ next: 6, truncated: true, oldest: 7 });
    expect([...cut.boundary]).toEqual([]);
    // Longer than `limit`: the server extended the page through the whole tie.
    const whole = untilStep(
      [item("a", 7), item("b", 7), item("c", 7), item("d", 7)],
      "last_activity_at",
      3,
      new Set(["a"]),
      7,
    );
    expect(whole).toMatchObject({ next: 6, truncated: false });
    expect(ids(whole.fresh)).toEqual(["b", "c", "d"]);
  });

  it("items without a cursor timestamp never set until; a tie at 0 ends the list", () => {
    const draft = (id: string, at: unknown) => ({ id, delivered_at: at });
    const mixed = [draft("a", 20), draft("b", null), draft("c", undefined), draft("d", "x")];
    expect(untilStep(mixed, "delivered_at", 4)).toMatchObject({
      next: 20 - 1,
      oldest: 20,
      truncated: true,
    });
    // They come again on the next page (the server orders `null` as 0): they stay remembered.
    expect([...untilStep(mixed, "delivered_at", 4).boundary].sort()).toEqual(["b", "c", "d"]);
    const atZero = [draft("a", 0), draft("b", 0), draft("c", null), draft("d", null)];
    expect(untilStep(atZero, "delivered_at", 3)).toMatchObject({
      next: undefined,
      truncated: false,
    });
    expect(untilStep([draft("a", -5), draft("b", null)], "delivered_at", 2)).toMatchObject({
      next: undefined,
      truncated: true,
      oldest: Number.NaN,
    });
  });

  it("remembers only the ids at the next until (the boundary)", () => {
    const step = untilStep(
      [item("a", 50), item("b", 30), item("c", 20), item("d", 20)],
      "last_activity_at",
      4,
    );
    expect(step.next).toBe(20);
    expect([...step.boundary]).toEqual(["c", "d"]);
  });

  it("a page of nothing but seen ids at its until steps past them", () => {
    const step = untilStep(
      [item("c", 20), item("d", 20)],
      "last_activity_at",
      2,
      new Set(["c", "d"]),
      20,
    );
    expect(step).toMatchObject({ next: 19, truncated: true, fresh: [] });
  });

  it("drops ids already seen, and stops on a full page with nothing new", () => {
    const seen = new Set(["a", "b"]);
    const step = untilStep(
      [item("b", 40), item("c", 30), item("d", 20)],
      "last_activity_at",
      3,
      seen,
    );
    expect(ids(step.fresh)).toEqual(["c", "d"]);
    expect(step.next).toBe(20);
    const stale = untilStep([item("a", 9), item("b", 8)], "last_activity_at", 2, seen);
    expect(stale).toMatchObject({ next: undefined, truncated: true, fresh: [] });
  });

  it("drops items newer than the page's own until (a server that ignores until)", () => {
    const page = [item("x", 90), item("c", 30), item("d", 20)];
    const step = untilStep(page, "last_activity_at", 3, new Set(), 30);
    expect(ids(step.fresh)).toEqual(["c", "d"]);
    expect(step.next).toBe(20);
  });

  it("a page longer than the limit (the server does not split a tie) goes on", () => {
    const page = [item("a", 9), item("b", 8), item("c", 8)];
    expect(untilStep(page, "last_activity_at", 2).next).toBe(8);
  });
});

describe("offsetStep (offset-style pages)", () => {
  it("grows by the page length until a short page", () => {
    expect(offsetStep([{ id: "a" }, { id: "b" }], 4, 2).next).toBe(6);
    expect(offsetStep([{ id: "a" }], 4, 2).next).toBeUndefined();
    expect(offsetStep([{ id: "a" }], 4, Number.NaN).next).toBe(5);
  });

  it("drops repeated ids, keeps items without one, and stops on a page of nothing new", () => {
    const step = offsetStep([{ id: "a" }, { id: "c" }, { id: "c" }, {}], 2, 4, new Set(["a"]));
    expect(step.fresh).toEqual([{ id: "c" }, {}]);
    expect(step.next).toBe(6);
    expect(offsetStep([{ id: "a" }, { id: "b" }], 2, 2, new Set(["a", "b"])).next).toBeUndefined();
  });
});

/**
 * `conversations.update`: the silent PATCH (June 2026). The ids of the path come from the
 * objects; the mock (Prism, with the spec's dependentRequired rules) accepts what the API
 * accepts and refuses the rest.
 */
import { describe, expect, inject, it } from "vitest";
import { createMissiveClient, ValidationError } from "../src/index.js";
import { BASE, fakeClient, json } from "./helpers.js";

const mock = createMissiveClient({ token: "missive_pat-update", baseUrl: inject("mockUrl") });
const closed = { conversations: [{ id: "c1", last_activity_at: 1 }] };

describe("conversations.update", () => {
  it("sends PATCH /conversations/<ids> with one object per id, ids joined from the objects", async () => {
    const { client, calls } = fakeClient(() => json(closed));
    await client.conversations.update([
      { id: "c1", close: true },
      { id: "c2", organization: "o1", add_shared_labels: ["l1"] },
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe("PATCH");
    expect(calls[0]?.url).toBe(`${BASE}/conversations/c1,c2`);
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({
      conversations: [
        { id: "c1", close: true },
        { id: "c2", organization: "o1", add_shared_labels: ["l1"] },
      ],
    });
  });

  it("resolves to the updated conversations (mock)", async () => {
    const updated = await mock.conversations.update([{ id: "6d3c9b1c", close: true }]);
    expect(Array.isArray(updated)).toBe(true);
    expect(updated[0]?.id).toEqual(expect.any(String));
  });

  it("is refused by the mock without organization for labels, and accepted with it", async () => {
    const bad = [{ id: "6d3c9b1c", add_shared_labels: ["l1"] }] as never;
    await expect(mock.conversations.update(bad)).rejects.toBeInstanceOf(ValidationError);
    await expect(
      mock.conversations.update([
        { id: "6d3c9b1c", organization: "o1", add_shared_labels: ["l1"] },
      ]),
    ).resolves.toHaveLength(1);
  });

  it("refuses objects without ids before sending anything", async () => {
    const { client, calls } = fakeClient(() => json(closed));
    await expect(client.conversations.update([{ close: true }] as never)).rejects.toThrow(
      /carry the `id`/,
    );
    await expect(client.conversations.update([])).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });
});

describe("conversations.list contact filters", () => {
  it("sends one filter as a query parameter", async () => {
    const { client, calls } = fakeClient(() => json({ conversations: [] }));
    await client.conversations.list({ inbox: true, domain: "fellowship.org" });
    const query = new URL(calls[0]?.url ?? "").searchParams;
    expect(query.get("domain")).toBe("fellowship.org");
    expect(query.get("inbox")).toBe("true");
  });

  it("is refused by the mock with two filters", async () => {
    await expect(mock.conversations.list({ inbox: true, email: "a@b.c" })).resolves.toBeDefined();
    const two = { inbox: true, email: "a@b.c", domain: "b.c" } as never;
    await expect(mock.conversations.list(two)).rejects.toBeInstanceOf(ValidationError);
  });
});

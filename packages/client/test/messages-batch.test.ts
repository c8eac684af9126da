/** `messages.getMany`: several messages per request, in URL-safe chunks, in the ids' order. */
import { describe, expect, it } from "vitest";
import {
  chunkIds,
  MAX_ID_CHARS_PER_REQUEST,
  MAX_IDS_PER_REQUEST,
  ValidationError,
} from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
const idsOf = (url: string) =>
  decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "").split(",");

describe("chunkIds", () => {
  it("keeps order, at most 50 ids and 1,800 characters of path per chunk", () => {
    const ids = Array.from({ length: 120 }, (_, i) => uuid(i));
    const chunks = chunkIds(ids);
    expect(chunks.flat()).toEqual(ids);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MAX_IDS_PER_REQUEST);
      expect(chunk.map(encodeURIComponent).join(",").length).toBeLessThanOrEqual(
        MAX_ID_CHARS_PER_REQUEST,
      );
    }
    // 36-character ids: 48 fit in 1,800 characters with their commas.
    expect(chunks.map((c) => c.length)).toEqual([48, 48, 24]);
  });

  it("counts encoded characters, and never leaves an id alone out", () => {
    const wide = "é".repeat(400); // 2,400 encoded characters: alone in its chunk
    expect(chunkIds(["a", wide, "b"])).toEqual([["a"], [wide], ["b"]]);
    expect(chunkIds([])).toEqual([]);
  });
});

describe("messages.getMany", () => {
  it("fetches 120 ids in 3 requests and returns the messages in order, whatever the shape", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => uuid(i));
    const { client, calls } = fakeClient((request) => {
      const asked = idsOf(request.url);
      const messages = asked.map((id) => ({ id, delivered_at: 1 }));
      // One chunk answers the documented single object shape, the others an array.
      return json({ messages: messages.length === 1 ? messages[0] : messages });
    });
    const got = await client.messages.getMany(ids);
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call.url.length).toBeLessThan(2_000);
    expect(got.map((m) => m.id)).toEqual(ids);
  });

  it("accepts a single-object answer for one id, and sends a duplicate id once", async () => {
    const { client, calls } = fakeClient(() => json({ messages: { id: "m1", delivered_at: 1 } }));
    expect(await client.messages.getMany(["m1", "m1"])).toEqual([{ id: "m1", delivered_at: 1 }]);
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(["/v1/messages/m1"]);
  });

  it("sends nothing for no ids, and refuses bad ids before sending", async () => {
    const { client, calls } = fakeClient(() => json({ messages: [] }));
    expect(await client.messages.getMany([])).toEqual([]);
    await expect(client.messages.getMany(["m1", ""])).rejects.toBeInstanceOf(ValidationError);
    await expect(client.messages.getMany("m1" as never)).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });
});

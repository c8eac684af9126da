import { describe, expect, it } from "vitest";
import { fakeClient } from "./helpers.js";

/** A 201 with no body, sent chunked (no Content-Length), as Missive may answer a POST. */
const emptyChunked201 = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.close();
      },
    }),
    { status: 201, headers: { "content-type": "application/json" } },
  );

describe("empty bodies", () => {
  it("an empty chunked 201 gives data undefined in the openapi-fetch style", async () => {
    const { client } = fakeClient(emptyChunked201);
    const { data, error, response } = await client.POST("/posts", {
      body: { posts: { notification: { title: "t", body: "b" }, text: "hi" } } as never,
    });
    expect(error).toBeUndefined();
    expect(data).toBeUndefined();
    expect(response.status).toBe(201);
  });

  it("an empty 201 makes a resource method resolve undefined", async () => {
    const { client } = fakeClient(emptyChunked201);
    await expect(
      client.contacts.create([{ contact_book: "b1" }] as never),
    ).resolves.toBeUndefined();
  });

  it("a delete answering 200 with no body resolves undefined", async () => {
    const { client, calls } = fakeClient(() => new Response("", { status: 200 }));
    await expect(client.drafts.delete("d1")).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method: "DELETE", url: "https://api.test/v1/drafts/d1" });
  });
});

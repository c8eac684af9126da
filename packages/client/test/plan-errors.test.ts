/** A 403 on an operation that needs a Missive plan (`x-missive-plan`) says the plan may be why. */
import { describe, expect, it } from "vitest";
import { PermissionDeniedError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

const forbidden = () => json({ error: "Forbidden" }, { status: 403 });

describe("403 and plans", () => {
  it("names the plans on analytics and hooks", async () => {
    const { client } = fakeClient(forbidden);
    const report = { organization: "o1", start: 1, end: 2 };
    const error = await client.analytics.create(report).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(
      /needs the Productive or Business plan: the organization's plan may be the cause/,
    );
    await expect(client.hooks.delete("h1")).rejects.toThrow(/Productive or Business plan/);
  });

  it("does not blame the plan on operations every plan has", async () => {
    const { client } = fakeClient(forbidden);
    const error = (await client.posts.delete("p1").catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).not.toMatch(/plan/);
  });
});

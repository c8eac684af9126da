import { describe, expect, it } from "vitest";
import { fakeClient, json, TOKEN } from "./helpers.js";

describe("logger", () => {
  it("reports 429 waits through warn and retries through info, without the token", async () => {
    const lines: Array<[string, string, unknown]> = [];
    const logger = {
      info: (m: string, d?: unknown) => lines.push(["info", m, d]),
      warn: (m: string, d?: unknown) => lines.push(["warn", m, d]),
    };
    const { client } = fakeClient(
      (_, n) =>
        n === 1
          ? json({ error: "Too many" }, { status: 429, headers: { "retry-after": "1" } })
          : json({ users: [] }),
      { logger, rateLimit: false },
    );
    await client.users.list({ organization: "secret-org" });
    expect(lines.map(([level]) => level)).toEqual(["warn", "info"]);
    expect(lines[0]?.[1]).toBe("Missive answered 429 to GET /v1/users; waiting 1000 ms.");
    expect(lines[1]?.[1]).toBe("Retrying GET /v1/users in 1000 ms (retry 1 of 2).");
    const all = JSON.stringify(lines);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("secret-org");
  });
});

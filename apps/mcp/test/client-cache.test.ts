import type { MissiveClient } from "@missive-ts/client";
import { describe, expect, it } from "vitest";
import { createClientCache } from "../src/client-cache.js";

describe("one client per token (HTTP mode)", () => {
  it("reuses a token's client, keeps at most max, drops the least recently used", () => {
    const made: string[] = [];
    const cache = createClientCache((token) => {
      made.push(token);
      return { token } as unknown as MissiveClient;
    }, 2);
    const a = cache.get("token-a");
    expect(cache.get("token-a")).toBe(a);
    cache.get("token-b");
    cache.get("token-a"); // a is now the most recent
    cache.get("token-c"); // drops b
    expect(cache.size).toBe(2);
    expect(cache.get("token-a")).toBe(a);
    cache.get("token-b");
    expect(made).toEqual(["token-a", "token-b", "token-c", "token-b"]);
  });
});

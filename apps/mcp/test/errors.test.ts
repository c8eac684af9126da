import { createMissiveClient, ValidationError } from "@missive-ts/client";
import { freePort } from "@missive-ts/mock/free-port";
import { describe, expect, it } from "vitest";
import { errorResult } from "../src/results.js";
import { call, connect, TOKEN, textOf, withSim } from "./helpers.js";

describe("Missive errors become tool errors that say what to do next", () => {
  it("404: an isError result, never a protocol error", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const result = await call(client, "get_conversation", { id: "no-such-conversation" });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(/404/);
        expect(textOf(result)).toMatch(/check the id/i);
        expect(JSON.stringify(result)).not.toContain(TOKEN);
      } finally {
        await close();
      }
    });
  });

  it("429: says how many seconds to wait", async () => {
    await withSim(
      async (sim) => {
        const { client, close } = await connect(sim);
        try {
          const results = await Promise.all(
            Array.from({ length: 4 }, () => call(client, "list_users")),
          );
          const limited = results.find((result) => result.isError);
          expect(limited, "one call over the simulator's budget of 2").toBeDefined();
          expect(textOf(limited ?? { content: [] })).toMatch(/wait \d+ s/);
        } finally {
          await close();
        }
      },
      { rateLimit: { concurrent: 5, perMinute: 2, per15Minutes: 100, windowMs: 60_000 } },
    );
  });

  it("no server at the base URL: names the refused address and MISSIVE_BASE_URL", async () => {
    const port = await freePort(); // nothing listens there
    const client = createMissiveClient({
      baseUrl: `http://127.0.0.1:${port}`,
      token: TOKEN,
      maxRetries: 0,
      rateLimit: false,
    });
    const error = await client.conversations.list({ inbox: true, limit: 1 }).catch((e) => e);
    const text = textOf(errorResult(error));
    expect(text).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(text).toContain("MISSIVE_BASE_URL");
    expect(text).not.toContain("try again in a minute");
  });

  it("a missing organization: names the argument and where to find it", () => {
    const error = new ValidationError("PATCH /v1/conversations/c1 failed with 400", {
      status: 400,
      serverMessage: "'organization' is required when 'add_shared_labels' is defined",
    });
    const text = textOf(errorResult(error));
    expect(text).toMatch(/organization/);
    expect(text).toMatch(/list_organizations/);
    expect(text).toContain("missive config set organization");
  });

  it("arguments that do not fit the schema are refused before any request, saying what to fix", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const result = await call(client, "list_contacts", {
          contact_book: "b1",
          order: "sideways",
          limit: 1000,
        });
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(
          /order must be equal to one of the allowed values: last_name, last_modified/,
        );
        expect(textOf(result)).toMatch(/limit must be <= 200/);
        expect(sim.stats.requests).toBe(0);
      } finally {
        await close();
      }
    });
  });
});

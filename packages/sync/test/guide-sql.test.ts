/**
 * The SQL reports of the guide "Search and report on your Missive data" run unchanged on both
 * stores, over a synced copy, and give the same rows on SQLite and Postgres.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSimulator } from "@missive-ts/sim";
import pg from "pg";
import { expect, it } from "vitest";
import { createSync, postgresStore, sqliteStore } from "../src/index.ts";
import { simClient, tempDir, usePostgres } from "./helpers.ts";

const postgres = usePostgres();
const guide = fileURLToPath(
  new URL("../../../apps/docs/guides/search-and-report.md", import.meta.url),
);
const queries = [...readFileSync(guide, "utf8").matchAll(/```sql\n([\s\S]*?)```/g)].map(
  (m) => m[1] as string,
);

/** Rows as comparable values: numbers rounded (Postgres answers numeric as text), keys sorted. */
const normal = (rows: Record<string, unknown>[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === "number" || /^-?\d+(\.\d+)?$/.test(String(value))
          ? Math.round(Number(value) * 10) / 10
          : value,
      ]),
    ),
  );

it("has five reports, each answering rows, the same on SQLite and Postgres", async () => {
  expect(queries.length).toBeGreaterThanOrEqual(5);
  const sim = await startSimulator({
    seed: 21,
    rateLimit: false,
    data: { conversations: 40, contacts: 50 },
  });
  try {
    // Replies by users, so that "time to first reply" and "waiting for a reply" have answers.
    const user = sim.state.users[1] as { email: string };
    const missive = simClient(sim);
    for (const conversation of sim.state.conversations.slice(0, 6) as { id: string }[]) {
      await missive.messages.create({
        account: "x",
        conversation: conversation.id,
        from_field: { address: user.email },
        to_fields: [{ address: "c@x.org" }],
        body: "<p>On it</p>",
      } as never);
    }
    // Shared labels on a few conversations, for "open conversations per shared label".
    const label = sim.state.sharedLabels[0] as { id: string };
    const organization = (sim.state.organizations[0] as { id: string }).id;
    const labelled = (sim.state.conversations.slice(3, 9) as { id: string }[]).map((c) => ({
      id: c.id,
      organization,
      add_shared_labels: [label.id],
    }));
    await missive.conversations.update(labelled as never);
    const path = join(tempDir(), "guide.sqlite");
    const url = await postgres.freshUrl();
    for (const store of [sqliteStore(path), postgresStore(url)]) {
      const sync = createSync({ client: simClient(sim), store });
      await sync.run();
      await sync.close();
    }
    const { DatabaseSync } = await import("node:sqlite" as string);
    const sqlite = new DatabaseSync(path);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const query of queries) {
        const lite = sqlite.prepare(query).all() as Record<string, unknown>[];
        const { rows } = await client.query(query);
        expect(lite.length, query).toBeGreaterThan(0);
        expect(normal(rows), query).toEqual(normal(lite));
      }
    } finally {
      sqlite.close();
      await client.end();
    }
  } finally {
    await sim.stop();
  }
});

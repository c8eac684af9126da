/**
 * `search_conversations` over a copy made by @missive-ts/sync: ranked hits with snippets and
 * conversation ids, read-only, and a clear error when the copy cannot be opened.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMissiveClient } from "@missive-ts/client";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { createSync, hasNodeSqlite, sqliteStore } from "@missive-ts/sync";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTools, createServer, defaultPolicy } from "../src/index.js";
import { type LocalCopy, withLocalCopy } from "../src/tasks/search-conversations.js";
import { call, structured, TOKEN, textOf } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "missive-mcp-search-"));
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 4, rateLimit: false, data: { conversations: 30 } });
});
afterAll(async () => {
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function connect(copy: LocalCopy) {
  const missive = createMissiveClient({ token: TOKEN, baseUrl: sim.url, maxRetries: 0 });
  const catalogue = withLocalCopy(buildTools(defaultPolicy), copy);
  const server = createServer({ ...catalogue, policy: defaultPolicy, client: missive });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "test", version: "0.0.0" });
  await server.connect(serverSide);
  await client.connect(clientSide);
  return { client, close: () => client.close() };
}

it("is listed only with --db/--database-url, read-only", async () => {
  const without = await connect({});
  expect((await without.client.listTools()).tools.map((t) => t.name)).not.toContain(
    "search_conversations",
  );
  await without.close();
  const withCopy = await connect({ db: join(dir, "listed.sqlite") });
  const tool = (await withCopy.client.listTools()).tools.find(
    (t) => t.name === "search_conversations",
  );
  expect(tool?.annotations).toMatchObject({ readOnlyHint: true });
  await withCopy.close();
});

it("says why when the copy cannot be opened", async () => {
  const mcp = await connect({ db: "/proc/no/such/dir/copy.sqlite" });
  const result = await call(mcp.client, "search_conversations", { query: "anything" });
  expect(result.isError).toBe(true);
  expect(textOf(result)).toMatch(
    hasNodeSqlite()
      ? /Cannot open \/proc\/no\/such\/dir\/copy\.sqlite/
      : /needs Node 22\.13 or newer/,
  );
  await mcp.close();
});

// node:sqlite exists from Node 22.13: this runs in the Node 24 pass of `npm test`.
describe.runIf(hasNodeSqlite())("on a synced SQLite copy", () => {
  it("finds a planted phrase: the message first, with its conversation id and a snippet", async () => {
    const path = join(dir, "copy.sqlite");
    const client = createMissiveClient({ token: TOKEN, baseUrl: sim.url, rateLimit: false });
    const conversation = sim.state.conversations[5] as { id: string };
    await client.messages.create({
      account: "x",
      conversation: conversation.id,
      from_field: { address: "ann@zoo.org" },
      to_fields: [{ address: "me@sim.test" }],
      body: "<p>The walrus xylophone recital is on Friday</p>",
    } as never);
    const sync = createSync({ client, store: sqliteStore(path) });
    await sync.run();
    await sync.close();
    const mcp = await connect({ db: path });
    const found = structured(
      await call(mcp.client, "search_conversations", { query: "walrus xylophone", limit: 5 }),
    );
    const hits = found.hits as { kind: string; conversation: string; snippet: string }[];
    expect(hits[0]).toMatchObject({ kind: "message", conversation: conversation.id });
    expect(hits[0]?.snippet).toContain("«walrus»");
    expect(found.last_synced).toMatch(/^\d{4}-/);
    await mcp.close();
  });

  it("answers hostile arguments with an error that says what to fix, never a SQL error", async () => {
    const mcp = await connect({ db: join(dir, "copy.sqlite") });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ query: '"*()' }, /no word to look for.*e\.g\./],
      [
        { query: "walrus", label: "Nope' OR 1=1 --" },
        /No shared label "Nope' OR 1=1 --".*known: .*Refunds/,
      ],
      [{ query: "walrus", team: "Nobody" }, /No team "Nobody".*known: .*Support/],
      [
        { query: "walrus", after: "last tuesday" },
        /after takes a date \(2026-01-31\).*"last tuesday"/,
      ],
      [{ query: "walrus", before: "2026-02-31" }, /before takes a date/],
    ];
    for (const [args, said] of cases) {
      const result = await call(mcp.client, "search_conversations", args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result)).toMatch(said);
      expect(textOf(result)).not.toMatch(/SQLITE|sqlite3?_|\n\s+at /);
    }
    const literal = structured(
      await call(mcp.client, "search_conversations", { query: "walrus", from: "%" }),
    );
    expect(literal.hits).toEqual([]);
    await mcp.close();
  });
});

/**
 * The search queries are tuned for speed (a rowid window, snippets for the returned hits
 * only); this proves they return exactly what the plain definition of a search returns on both
 * stores: every match that passes the filters scored and given its snippet, the newest
 * RANK_WINDOW of them ranked, best first, equal scores to the older document.
 */

import { join } from "node:path";
import { seededBody } from "@missive-ts/sim";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresStore, RANK_WINDOW, type SearchOptions, sqliteStore } from "../src/index.ts";
import { commentRow, contactRow, conversationRow, directoryRow, messageRow } from "../src/rows.ts";
import { toFtsQuery } from "../src/search-query.ts";
import { type HitRow, searchFilters, toHit } from "../src/search-sql.ts";
import type { Row, SearchHit, SyncStore } from "../src/store.ts";
import { type StoreKind, tempDir, usePostgres } from "./helpers.ts";

const postgres = usePostgres();
const MESSAGES = RANK_WINDOW + 600;
const FIRST = 1_700_000_000;

function account(): Row[] {
  const rows: Row[] = [
    directoryRow("shared_labels", { id: "label-1", name: "VIP" }),
    directoryRow("teams", { id: "team-1", name: "Support" }),
  ];
  for (let i = 0; i < 30; i++) {
    const conversation = {
      id: `c${i}`,
      last_activity_at: FIRST + i,
      subject: `Order question ${i}`,
      team: i % 2 === 0 ? { id: "team-1" } : null,
      shared_labels: i % 3 === 0 ? [{ id: "label-1", name: "VIP" }] : [],
      users: [{ id: "me", closed: i % 4 === 0 }],
    };
    rows.push(conversationRow(conversation, "me"));
  }
  for (let n = 0; n < MESSAGES; n++) {
    const id = `m${n}`;
    const from = { name: `Ann ${n % 7}`, address: `ann${n % 7}@example.com` };
    const message = { id, subject: `Order ${n}`, delivered_at: FIRST + n * 60, from_field: from };
    rows.push(messageRow({ ...message, body: seededBody(4, id) }, `c${n % 30}`));
  }
  for (let n = 0; n < 40; n++) {
    const author = { id: "u1", name: "Frodo" };
    const comment = { id: `k${n}`, body: seededBody(5, `k${n}`), created_at: FIRST + n, author };
    rows.push(commentRow(comment, `c${n % 30}`));
  }
  const infos = [{ kind: "email", value: "order@zoo.org" }];
  rows.push(contactRow({ id: "p1", first_name: "Refund", last_name: "Desk", infos }));
  return rows;
}

type Reference = (query: string, options: SearchOptions) => Promise<SearchHit[]>;
type Scored = HitRow & { doc_id: number | string; score: number };

/** Every match scored, then the definition applied in plain code. */
function definition(matches: Scored[], options: SearchOptions): SearchHit[] {
  return matches
    .sort((a, b) => Number(b.doc_id) - Number(a.doc_id))
    .slice(0, RANK_WINDOW)
    .sort((a, b) => b.score - a.score || Number(a.doc_id) - Number(b.doc_id))
    .slice(0, options.limit ?? 20)
    .map((row) => toHit(row, row.score));
}

async function sqliteReference(path: string): Promise<Reference> {
  const { DatabaseSync } = await import("node:sqlite" as string);
  const db = new DatabaseSync(path);
  return async (query, options) => {
    const params: unknown[] = [toFtsQuery(query)];
    const filters = searchFilters(options, (value) => {
      params.push(typeof value === "boolean" ? Number(value) : value);
      return "?";
    });
    const matches = db
      .prepare(
        `SELECT search_fts.rowid AS doc_id, d.kind, d.item_id, d.conversation_id, d.at, search_fts.title AS title,
                snippet(search_fts, -1, '«', '»', '…', 16) AS snippet, -bm25(search_fts, 4.0, 1.0) AS score
           FROM search_fts JOIN search_documents d ON d.doc_id = search_fts.rowid
           LEFT JOIN conversations c ON c.id = d.conversation_id
          WHERE search_fts MATCH ?${filters.map((f) => ` AND ${f}`).join("")}`,
      )
      .all(...params) as Scored[];
    return definition(matches, options);
  };
}

function postgresReference(client: pg.Client): Reference {
  return async (query, options) => {
    const params: unknown[] = [query];
    const filters = searchFilters(options, (value) => `$${params.push(value)}`);
    const { rows } = await client.query(
      `SELECT d.doc_id, d.kind, d.item_id, d.conversation_id, d.at, d.title,
              ts_rank(d.tsv, websearch_to_tsquery('simple', missive_fold($1))) AS score,
              ts_headline('simple', CASE WHEN d.body <> '' THEN d.body ELSE d.title END,
                          websearch_to_tsquery('simple', missive_fold($1)),
                          'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
         FROM search_documents d LEFT JOIN conversations c ON c.id = d.conversation_id
        WHERE d.tsv @@ websearch_to_tsquery('simple', missive_fold($1))${filters.map((f) => ` AND ${f}`).join("")}`,
      params,
    );
    return definition(
      rows.map((row) => ({ ...row, score: Number(row.score) })),
      options,
    );
  };
}

const COMMON = [
  "shipping",
  "invoice",
  "account",
  "meeting",
  "refund",
  "update",
  "please",
  "thanks",
];
/** A word of one seeded body that is not one of the simulator's common words: a rare one. */
const rare = seededBody(4, "m1234")
  .split(/[^a-z]+/)
  .filter((word) => !COMMON.includes(word))
  .sort((a, b) => b.length - a.length)[0] as string;
const QUERIES = ["order", "thanks please", '"the order" OR refund', "invoice -thanks", rare];
const OPTIONS: SearchOptions[] = [
  {},
  { limit: 5 },
  { limit: 70 },
  { from: "ann3@" },
  { from: "EXAMPLE.com" },
  { after: FIRST + MESSAGES * 30 },
  { before: FIRST + MESSAGES * 30, limit: 50 },
  { label: "vip" },
  { team: "Support", closed: false },
  { kinds: ["comment", "contact", "conversation"] },
];

describe.each<StoreKind>(["sqlite", "postgres"])("%s search", (kind) => {
  it("returns exactly the hits of the plain definition, for every filter", async () => {
    let store: SyncStore;
    let reference: Reference;
    let end: () => Promise<void>;
    if (kind === "sqlite") {
      const path = join(tempDir(), "copy.sqlite");
      store = sqliteStore(path);
      await store.open();
      reference = await sqliteReference(path);
      end = async () => {};
    } else {
      const url = await postgres.freshUrl();
      store = postgresStore(url);
      await store.open();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      reference = postgresReference(client);
      end = () => client.end();
    }
    const rows = account();
    for (let i = 0; i < rows.length; i += 500)
      await store.write({ upserts: rows.slice(i, i + 500) });
    // The window matters: "order" is in every message's subject, more than are ranked.
    expect(await reference("order", { limit: MESSAGES })).toHaveLength(RANK_WINDOW);
    expect(await store.search("order", { limit: MESSAGES })).toHaveLength(RANK_WINDOW);
    let compared = 0;
    for (const query of QUERIES) {
      for (const options of OPTIONS) {
        const expected = await reference(query, options);
        expect(await store.search(query, options), `${query} ${JSON.stringify(options)}`).toEqual(
          expected,
        );
        if (expected.length > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThan(QUERIES.length * OPTIONS.length * 0.7);
    await end();
    await store.close();
  });
});

/**
 * Exact-once pagination on every paginated operation of the generated table, against the
 * simulator's real pagination: half the items share a timestamp with a neighbour, `until` is
 * inclusive and pages grow past `limit` to keep ties together.
 */
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationTable } from "../../src/generated/operations.js";
import type { Paginator } from "../../src/index.js";
import { idsOf, pageRecorder, report, simClient } from "./sim.js";

const LIMIT = 5;

type Entry = (typeof operationTable)[number];
type Paginated = Entry & { pagination: object; listAllName: string };
const paginated = operationTable.filter(
  (entry): entry is Paginated => entry.pagination !== null && entry.listAllName !== null,
);

/** One walk to make: an operation, the arguments it needs, and what it must return. */
interface Case {
  name: string;
  entry: Paginated;
  /** Query parameters the operation requires (beyond `limit`). */
  query: Record<string, unknown>;
}

/** The only per-operation knowledge: the query a list cannot do without. */
function casesOf(entry: Paginated): Case[] {
  const base = { entry, name: `${entry.namespace}.${entry.listAllName}` };
  if (entry.operationId === "listConversations") return [{ ...base, query: { inbox: true } }];
  if (entry.operationId === "listContacts") return [{ ...base, query: { contact_book: "BOOK" } }];
  if (entry.operationId === "listContactGroups") {
    return (["group", "organization"] as const).map((kind) => ({
      ...base,
      name: `${base.name} (${kind})`,
      query: { contact_book: "BOOK", kind },
    }));
  }
  return [{ ...base, query: {} }];
}

const camel = (snake: string) => snake.replace(/_(.)/g, (_, c: string) => c.toUpperCase());

/** The seeded items a walk must return, read from the simulator's state. */
function expectedIds(sim: RunningSimulator, c: Case, conversation: Record<string, unknown>) {
  const { state } = sim;
  const envelope = c.entry.response.envelope;
  if (c.entry.pathParams.length > 0) {
    return idsOf(state.nested.list(conversation, envelope as "messages"));
  }
  if (envelope === "contacts") {
    return idsOf(state.contacts.filter((item) => item.contact_book === c.query.contact_book));
  }
  if (envelope === "contact_groups") {
    return idsOf(
      state.contactGroups
        .filter((r) => r.contactBook === c.query.contact_book && r.kind === c.query.kind)
        .map((r) => r.group),
    );
  }
  const list = (state as unknown as Record<string, unknown>)[camel(envelope)];
  if (!Array.isArray(list)) throw new Error(`no seeded list for ${envelope}`);
  return idsOf(list);
}

describe("listAll walks every paginated list exactly once (50% timestamp collisions)", () => {
  // One simulator for the file; afterAll stops it however the tests end.
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      seed: 20_261_121,
      rateLimit: false,
      data: {
        timestampCollisionRate: 0.5,
        conversations: 120,
        messagesPerConversation: 40,
        commentsPerConversation: 40,
        draftsPerConversation: 40,
        postsPerConversation: 40,
        contactBooks: 13,
        contacts: 156,
        contactGroups: 12,
        tasks: 60,
        users: 23,
        teams: 12,
        sharedLabels: 17,
        responses: 11,
        organizations: 13,
      },
    });
  });
  afterAll(async () => {
    await sim?.stop();
  });

  it("drives every paginated operation of the table", () => {
    expect(paginated.map((e) => e.operationId).sort()).toEqual(
      [
        "listContactBooks",
        "listContactGroups",
        "listContacts",
        "listConversationComments",
        "listConversationDrafts",
        "listConversationMessages",
        "listConversationPosts",
        "listConversations",
        "listOrganizations",
        "listResponses",
        "listSharedLabels",
        "listTasks",
        "listTeams",
        "listUsers",
      ].sort(),
    );
  });

  const cases = paginated.flatMap(casesOf);
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const conversation = sim.state.conversations[0] as Record<string, unknown>;
    const book = (sim.state.contactBooks[0] as Record<string, unknown>).id;
    const query: Record<string, unknown> = { limit: LIMIT };
    for (const [key, value] of Object.entries(c.query))
      query[key] = value === "BOOK" ? book : value;
    const recorder = pageRecorder();
    const client = simClient(sim, { fetch: recorder.fetch, rateLimit: false });
    const namespace = (client as unknown as Record<string, Record<string, unknown>>)[
      c.entry.namespace
    ];
    const listAll = namespace?.[c.entry.listAllName] as (...args: unknown[]) => Paginator<unknown>;
    const args = c.entry.pathParams.length > 0 ? [conversation.id, query] : [query];
    const paginator = listAll(...args);
    const got = idsOf(await paginator.collect());

    const expected = expectedIds(sim, { ...c, query }, conversation);
    expect(expected.length).toBeGreaterThan(LIMIT * 2); // several pages
    expect(got).toHaveLength(new Set(got).size); // no duplicate
    expect(new Set(got)).toEqual(new Set(expected)); // none missing, none extra
    expect(got).toHaveLength(expected.length);
    expect(paginator.possiblyTruncated).toBe(false);

    const pages = recorder.pages;
    expect(pages.length).toBeGreaterThan(2);
    const oversized = pages.filter((p) => p.length > LIMIT).length;
    const rule = c.entry.pagination;
    if (rule.style === "until" && c.entry.operationId !== "listTasks") {
      // Ties at page boundaries make the simulator extend pages past `limit`.
      expect(oversized).toBeGreaterThan(0);
    } else {
      expect(oversized).toBe(0);
    }
    report(
      `${c.name}: ${got.length} items, ${pages.length} pages, ${oversized} larger than limit ${LIMIT}`,
    );
  });
});

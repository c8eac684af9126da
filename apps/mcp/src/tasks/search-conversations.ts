/**
 * `search_conversations` (with `--db` or `--database-url`): full-text search over the local
 * copy `missive sync` keeps (@missive-ts/sync). Read-only, no request to Missive: ranked hits
 * with snippets and conversation ids, and when the copy was last synced.
 */
import type { SearchHit, SyncStore } from "@missive-ts/sync";
import type { Catalogue } from "../build-tools.js";
import { failure, success } from "../results.js";
import type { Tool } from "../tool.js";

/** Where the copy is: a SQLite file or a Postgres URL. */
export interface LocalCopy {
  db?: string | undefined;
  databaseUrl?: string | undefined;
}

class BadArgument extends Error {
  override readonly name = "BadArgument";
}

/** A date (2026-01-31), a date-time or Unix seconds → Unix seconds; else what to pass instead. */
const when = (flag: string, value: unknown): number | undefined => {
  if (value === undefined) return undefined;
  const text = String(value);
  if (/^\d+$/.test(text)) return Number(text);
  const ms = Date.parse(text);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  // Date.parse rolls 2026-02-31 over to March: a day the month lacks is a mistake to report.
  const real =
    day !== null &&
    !Number.isNaN(ms) &&
    new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
      .toISOString()
      .startsWith(day[0]);
  if (!real)
    throw new BadArgument(
      `${flag} takes a date (2026-01-31), a date-time (2026-01-31T09:00Z) or Unix seconds, not "${text}".`,
    );
  return Math.floor(ms / 1_000);
};

export function searchConversationsTool(open: () => Promise<SyncStore>): Tool {
  let opened: Promise<SyncStore> | undefined;
  return {
    name: "search_conversations",
    kind: "read",
    toolset: "conversations",
    sendFields: [],
    description:
      'Full-text search of the local copy of the account (conversation subjects, message subjects, senders and bodies, comments, posts, contacts), best first. Words must all match; "a phrase", -word and OR work. Each hit has its conversation id: read it with get_conversation_timeline. Read-only; last_synced says how fresh the copy is.',
    inputSchema: {
      type: "object",
      properties: {
        query: { type: "string", minLength: 1, description: "What to look for." },
        limit: { type: "integer", minimum: 1, maximum: 100, default: 20 },
        from: { type: "string", description: "Only from this sender (address or name)." },
        after: { type: "string", description: "Only at or after this date (2026-01-31)." },
        before: { type: "string", description: "Only before this date." },
        label: {
          type: "string",
          description: "Only in conversations with this shared label (id or name).",
        },
        team: { type: "string", description: "Only in conversations of this team (id or name)." },
      },
      required: ["query"],
      additionalProperties: false,
    },
    outputSchema: {
      type: "object",
      properties: {
        hits: {
          type: "array",
          items: {
            type: "object",
            properties: {
              kind: { enum: ["conversation", "message", "comment", "post", "contact"] },
              id: { type: "string" },
              conversation: { type: ["string", "null"] },
              title: { type: "string" },
              snippet: { type: "string" },
              score: { type: "number" },
              at: { type: ["integer", "null"] },
            },
          },
        },
        last_synced: { type: ["string", "null"] },
      },
      required: ["hits", "last_synced"],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
    async call(args) {
      let store: SyncStore;
      try {
        opened ??= open();
        store = await opened;
      } catch (error) {
        opened = undefined;
        return failure(`The local copy cannot be opened: ${(error as Error).message}`);
      }
      let hits: SearchHit[];
      try {
        const options = Object.fromEntries(
          Object.entries({
            limit: args.limit === undefined ? 20 : Number(args.limit),
            from: args.from,
            after: when("after", args.after),
            before: when("before", args.before),
            label: args.label,
            team: args.team,
          }).filter(([, value]) => value !== undefined),
        );
        hits = await store.search(String(args.query), options);
      } catch (error) {
        // What the agent can fix (the query, a filter) goes back to it as the answer.
        // (By name: @missive-ts/sync is loaded only once a copy is opened.)
        const name = (error as Error)?.name;
        if (name === "SearchInputError" || name === "BadArgument")
          return failure((error as Error).message);
        throw error;
      }
      const finished = (await store.meta()).last_run_finished_at;
      const lastSynced = finished ? new Date(Number(finished)).toISOString() : null;
      const lines = hits.map(
        (h) => `${h.kind} ${h.id} (conversation ${h.conversation ?? "-"}): ${h.snippet}`,
      );
      const result = success({ hits, last_synced: lastSynced }, `${hits.length} hits.`);
      result.content = [
        {
          type: "text",
          text: [`${hits.length} hits (copy synced ${lastSynced ?? "never"}).`, ...lines].join(
            "\n",
          ),
        },
      ];
      return result;
    },
  };
}

/** The catalogue with `search_conversations` on the copy (opened on the first search). */
export function withLocalCopy(catalogue: Catalogue, copy: LocalCopy): Catalogue {
  if (copy.db === undefined && copy.databaseUrl === undefined) return catalogue;
  const tool = searchConversationsTool(async () => {
    const sync = await import("@missive-ts/sync");
    const store = copy.databaseUrl
      ? sync.postgresStore(copy.databaseUrl)
      : sync.sqliteStore(copy.db as string);
    await store.open();
    return store;
  });
  return {
    ...catalogue,
    tools: [...catalogue.tools, tool],
    allTools: [...catalogue.allTools, tool],
  };
}

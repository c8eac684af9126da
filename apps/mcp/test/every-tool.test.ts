import { operationMetadata } from "@missive-ts/schema";
import { describe, expect, it } from "vitest";
import { snakeCase } from "../src/operations.js";
import {
  attachFile,
  call,
  connect,
  startFileHost,
  structured,
  TOKEN,
  textOf,
  withSim,
} from "./helpers.js";

type Entity = Record<string, unknown>;
type State = Awaited<Parameters<Parameters<typeof withSim>[0]>[0]>["state"];

const first = (items: readonly Entity[]) => String(items[0]?.id);

/**
 * Arguments for each tool against the simulator's seeded data. Payloads are the spec's own
 * examples with the simulator's ids, written as an agent would: no envelope.
 */
function argumentsFor(state: State, created: Map<string, string>): Record<string, () => Entity> {
  const conversation = first(state.conversations);
  const organization = first(state.organizations);
  const book = first(state.contactBooks);
  const message = () => String(state.nested.list(state.conversations[0] ?? {}, "messages")[0]?.id);
  return {
    create_analytics_report: () => ({ organization, start: 1_691_812_800, end: 1_692_371_867 }),
    get_analytics_report: () => ({ id: created.get("report") }),
    list_contacts: () => ({ contact_book: book, limit: 5 }),
    create_contacts: () => ({
      contacts: [{ contact_book: book, first_name: "Ada", last_name: "Lovelace" }],
    }),
    get_contact: () => ({ id: first(state.contacts) }),
    update_contacts: () => ({ contacts: [{ id: first(state.contacts), last_name: "Byron" }] }),
    list_contact_books: () => ({}),
    list_contact_groups: () => ({ contact_book: book, kind: "group" }),
    list_conversations: () => ({ inbox: true, limit: 5 }),
    get_conversation: () => ({ id: conversation }),
    update_conversations: () => ({
      conversations: [{ id: String(state.conversations[2]?.id), close: true }],
    }),
    triage_conversations: () => ({
      conversations: [String(state.conversations[3]?.id), String(state.conversations[4]?.id)],
      organization,
      add_shared_labels: [first(state.sharedLabels)],
    }),
    list_conversation_messages: () => ({ id: conversation }),
    list_conversation_comments: () => ({ id: conversation }),
    list_conversation_drafts: () => ({ id: conversation }),
    list_conversation_posts: () => ({ id: conversation }),
    merge_conversations: () => ({
      id: String(state.conversations[5]?.id),
      target: String(state.conversations[6]?.id),
    }),
    create_draft: () => ({
      conversation,
      subject: "Hello",
      body: "World!",
      to_fields: [{ address: "paul@acme.com" }],
    }),
    delete_draft: () => ({ id: created.get("draft") }),
    list_messages: () => ({
      email_message_id: String(state.nested.messagesById.values().next().value?.email_message_id),
    }),
    create_message: () => ({
      account: "fbf74c47-d0a0-4d77-bf3c-2118025d8102",
      conversation,
      from_field: { id: "12345", username: "@philippe", name: "Philippe" },
      to_fields: [{ id: "54321", username: "@missiveapp", name: "Missive" }],
      body: "Hello <b>world</b>!",
    }),
    get_message: () => ({ id: [message()] }),
    list_organizations: () => ({}),
    list_responses: () => ({}),
    create_responses: () => ({
      responses: [{ title: "Welcome", body: "<p>Welcome!</p>", organization }],
    }),
    get_response: () => ({ id: first(state.responses) }),
    update_responses: () => ({ responses: [{ id: first(state.responses), title: "Updated" }] }),
    delete_responses: () => ({ id: [String(state.responses[1]?.id)] }),
    create_post: () => ({
      conversation,
      notification: { title: "Deployed", body: "v2" },
      text: "Deployed v2",
      reopen: false,
    }),
    delete_post: () => ({ id: created.get("post") }),
    list_shared_labels: () => ({}),
    create_shared_labels: () => ({ shared_labels: [{ name: "Heroku", organization }] }),
    update_shared_labels: () => ({
      shared_labels: [{ id: first(state.sharedLabels), name: "Renamed" }],
    }),
    list_teams: () => ({}),
    create_teams: () => ({ teams: [{ name: "Support", organization }] }),
    update_teams: () => ({ teams: [{ id: first(state.teams), name: "Customer Support" }] }),
    list_users: () => ({}),
    list_tasks: () => ({ limit: 5 }),
    create_task: () => ({ organization, title: "Review", team: first(state.teams) }),
    get_task: () => ({ id: first(state.tasks) }),
    update_task: () => ({ id: first(state.tasks), state: "in_progress" }),
    create_hook: () => ({
      type: "new_comment",
      url: "https://hooks.example.com/callback",
      organization,
    }),
    delete_hook: () => ({ id: created.get("hook") }),
    get_conversation_timeline: () => ({ conversation }),
    find_contacts: () => ({ query: String(state.contacts[0]?.last_name) }),
    draft_reply: () => ({ conversation, body: "Thanks, on it." }),
    get_attachment: () => ({ message: created.get("attached") }),
  };
}

/** Which created item a later call needs (`delete_post` deletes the post `create_post` made). */
const remember: Record<string, [string, (result: Entity) => unknown]> = {
  create_analytics_report: ["report", (r) => (r.reports as Entity).id],
  create_draft: ["draft", (r) => (r.drafts as Entity).id],
  create_post: ["post", (r) => (r.posts as Entity).id],
  create_hook: ["hook", (r) => (r.hooks as Entity).id],
};

describe("every tool against the simulator, in memory", () => {
  it("answers each listed tool with structuredContent valid against its outputSchema, sending its operation", async () => {
    await withSim(
      async (sim) => {
        const { client, close } = await connect(sim, { allowSend: true, allowDestructive: true });
        const host = await startFileHost();
        const created = new Map<string, string>();
        created.set("attached", attachFile(sim, host.url));
        try {
          const { tools } = await client.listTools();
          const args = argumentsFor(sim.state, created);
          const untested = tools.map((tool) => tool.name).filter((name) => !(name in args));
          expect(untested, "tools without arguments in this test").toEqual([]);
          for (const name of Object.keys(args)) {
            const meta = operationMetadata.find((op) => snakeCase(op.operationId) === name);
            const key = meta && `${meta.method.toUpperCase()} ${meta.path}`;
            const before = key ? (sim.stats.byOperation[key] ?? 0) : 0;
            const result = await call(client, name, args[name]?.() ?? {});
            expect(JSON.stringify(result), `${name} never shows the token`).not.toContain(TOKEN);
            expect(result.isError, `${name}: ${textOf(result)}`).toBeFalsy();
            const content = structured(result);
            expect(textOf(result).length, name).toBeGreaterThan(0);
            if (key) expect(sim.stats.byOperation[key], `${name} sends ${key}`).toBe(before + 1);
            const keep = remember[name];
            if (keep) created.set(keep[0], String(keep[1](content)));
          }
          expect(host.seen.length, "get_attachment downloads the file").toBe(1);
        } finally {
          await close();
          await host.stop();
        }
      },
      { analytics: { readyAfterMs: 0, expireAfterMs: 60_000 } },
    );
  });
});

/**
 * What a person does in Missive's app and the REST API cannot (`sim.app`): an edited draft
 * keeps its id, place and count; a deleted message leaves its list, `GET /messages/{id}` and
 * `messages_count`. The conversation does not move. Every answer stays valid against the spec.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningSimulator, startSimulator, validateResponseBody } from "../src/index.ts";
import { call, list } from "./helpers.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, rateLimit: false, data: { conversations: 6 } });
});
afterAll(async () => {
  await sim?.stop();
});

const conversation = async (id: string) =>
  (await list(sim.url, "/conversations?all=true&limit=50", "conversations")).find(
    (c) => c.id === id,
  ) as Record<string, unknown>;

it("edits a draft in place: same id and place, new subject and preview, newer updated_at, same count", async () => {
  const id = String(sim.state.conversations[2]?.id);
  const drafts = await list(sim.url, `/conversations/${id}/drafts`, "drafts");
  const target = drafts[1] as Record<string, unknown>;
  const before = await conversation(id);
  sim.app.editDraft(String(target.id), { subject: "Quote v2", preview: "Revised quote" });

  const answer = await call(sim.url, "GET", `/conversations/${id}/drafts`);
  expect(validateResponseBody("listConversationDrafts", 200, answer.json)).toBeNull();
  const after = (answer.json as { drafts: Record<string, unknown>[] }).drafts;
  expect(after.map((d) => d.id)).toEqual(drafts.map((d) => d.id));
  expect(after[1]).toMatchObject({ subject: "Quote v2", preview: "Revised quote" });
  expect(Number(after[1]?.updated_at)).toBeGreaterThan(Number(target.updated_at));
  expect(await conversation(id)).toMatchObject({
    drafts_count: before.drafts_count,
    last_activity_at: before.last_activity_at,
  });
});

it("deletes a message: gone from the list and GET /messages, messages_count one less", async () => {
  const id = String(sim.state.conversations[4]?.id);
  const messages = await list(sim.url, `/conversations/${id}/messages`, "messages");
  const target = String(messages[3]?.id);
  const before = await conversation(id);
  sim.app.deleteMessage(target);

  const after = await list(sim.url, `/conversations/${id}/messages`, "messages");
  expect(after.map((m) => m.id)).toEqual(messages.map((m) => m.id).filter((m) => m !== target));
  expect((await call(sim.url, "GET", `/messages/${target}`)).status).toBe(404);
  const now = await conversation(id);
  expect(now.messages_count).toBe(Number(before.messages_count) - 1);
  expect(now.last_activity_at).toBe(before.last_activity_at);
  expect(() => sim.app.deleteMessage(target)).toThrow(/list the conversation's messages first/);
});

it("a draft deleted through the API lowers drafts_count", async () => {
  const id = String(sim.state.conversations[1]?.id);
  const drafts = await list(sim.url, `/conversations/${id}/drafts`, "drafts");
  expect((await call(sim.url, "DELETE", `/drafts/${drafts[0]?.id}`)).status).toBe(200);
  expect((await conversation(id)).drafts_count).toBe(drafts.length - 1);
});

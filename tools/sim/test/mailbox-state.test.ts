/**
 * Closing a conversation through the API takes it out of the Inbox and into Closed; reopening
 * brings it back — what the React hooks' optimistic updates and a newcomer's
 * `missive conversations close` then `list --inbox` both expect.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../src/index.ts";
import { call, list } from "./helpers.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3, rateLimit: false, data: { conversations: 12 } });
});
afterAll(async () => {
  await sim?.stop();
});

const ids = async (filter: string) =>
  (await list(sim.url, `/conversations?${filter}&limit=50`, "conversations")).map((c) => c.id);

it("a closed conversation leaves the Inbox for Closed, and a reopened one comes back", async () => {
  const [first, second] = sim.state.conversations.map((c) => String(c.id));
  expect(await ids("inbox=true")).toHaveLength(12);
  expect(await ids("closed=true")).toEqual([]);

  await call(sim.url, "PATCH", `/conversations/${first}`, {
    conversations: [{ id: first, close: true }],
  });
  expect(await ids("inbox=true")).not.toContain(first);
  expect(await ids("inbox=true")).toContain(second);
  expect(await ids("closed=true")).toEqual([first]);
  expect(await ids(`team_closed=${sim.state.teams[0]?.id}`)).toEqual([first]);
  // Mailboxes that hold closed conversations too still list it.
  expect(await ids("all=true")).toContain(first);

  await call(sim.url, "PATCH", `/conversations/${first}`, {
    conversations: [{ id: first, reopen: true }],
  });
  expect(await ids("inbox=true")).toContain(first);
  expect(await ids("closed=true")).toEqual([]);
});

it("a post acts on its conversation as Missive's does: close, label, then reopen", async () => {
  const target = String(sim.state.conversations[3]?.id);
  const label = sim.state.sharedLabels[0] as Record<string, unknown>;
  const post = async (fields: Record<string, unknown>) =>
    expect(
      (
        await call(sim.url, "POST", "/posts", {
          posts: {
            conversation: target,
            text: "Handled.",
            notification: { title: "Bot", body: "Handled" },
            ...fields,
          },
        })
      ).status,
    ).toBe(200);
  await post({ close: true, organization: label.organization, add_shared_labels: [label.id] });
  expect(await ids("inbox=true")).not.toContain(target);
  expect(await ids("closed=true")).toContain(target);
  expect(await ids(`shared_label=${label.id}`)).toContain(target);

  await post({ reopen: true });
  expect(await ids("inbox=true")).toContain(target);
});

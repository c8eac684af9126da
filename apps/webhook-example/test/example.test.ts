/**
 * The example end to end: Missive's deliveries (built from the spec's `incomingEmail` example,
 * signed with the rule's secret) over real HTTP to the example server, which files tasks in the
 * simulator standing for Missive. Each email becomes one task, however it is repeated.
 */
import { createRequire } from "node:module";
import { createMissiveClient } from "@missive-ts/client";
import { signWebhookBody } from "@missive-ts/client/webhooks";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { filedFrom } from "../src/file-email-as-task.js";
import { type RunningExample, startExample } from "../src/server.js";

const SECRET = "rule-secret";
const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json");
const examples = spec.webhooks.ruleWebhook.post.requestBody.content["application/json"].examples;
const incomingEmail = examples.incomingEmail.value;
const newComment = examples.newComment.value;

let sim: RunningSimulator;
const examplesRunning: RunningExample[] = [];
const outcomes: string[] = [];

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, rateLimit: false, data: { conversations: 5, tasks: 3 } });
});
afterAll(() => sim.stop());
afterEach(async () => {
  for (const example of examplesRunning.splice(0)) await example.stop();
  outcomes.length = 0;
});

async function start(): Promise<RunningExample> {
  const missive = createMissiveClient({ token: "missive_pat-example", baseUrl: sim.url });
  const example = await startExample({
    secret: SECRET,
    missive,
    logger: { warn() {}, error() {}, info() {} },
    onFiled: (outcome) => void outcomes.push(outcome),
  });
  examplesRunning.push(example);
  return example;
}

/** A delivery of email `messageId` on the simulator's conversation `index`, as Missive sends it. */
function emailDelivery(index: number, messageId: string, extra: Record<string, unknown> = {}) {
  const conversation = sim.state.conversations[index] as { id: string };
  const payload = structuredClone(incomingEmail);
  payload.conversation.id = conversation.id;
  payload.latest_message.id = messageId;
  Object.assign(payload.conversation, extra);
  return { conversation: conversation.id, body: JSON.stringify(payload) };
}

async function deliver(example: RunningExample, body: string) {
  const response = await fetch(example.url, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      "x-hook-signature": await signWebhookBody(body, SECRET),
    },
  });
  expect(response.status).toBe(200);
  return response.json();
}

const tasksOf = (conversation: string) =>
  (sim.state.tasks as { conversation: string | null; description: string | null }[]).filter(
    (task) => task.conversation === conversation,
  );

describe("the webhook example files each incoming email once", () => {
  it("files a task on the email's conversation, naming the message", async () => {
    const example = await start();
    const { conversation, body } = emailDelivery(0, "msg-first");
    await deliver(example, body);
    await example.idle();
    expect(outcomes).toEqual(["created"]);
    const tasks = tasksOf(conversation);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.description).toMatch(new RegExp(`^${filedFrom("msg-first")}`));
  });

  it("does not file it again: a replay, a re-serialized delivery, a restart, two at once", async () => {
    const example = await start();
    const { conversation, body } = emailDelivery(1, "msg-repeat");
    expect(await deliver(example, body)).toEqual({ ok: true });
    expect(await deliver(example, body)).toEqual({ ok: true, duplicate: true }); // same bytes
    // Same email, other bytes (a count changed): the handler's dedupe cannot see it; the task can.
    await deliver(example, emailDelivery(1, "msg-repeat", { messages_count: 2 }).body);
    await example.idle();
    await example.stop();
    examplesRunning.length = 0;
    const restarted = await start(); // in-memory dedupe forgotten
    await deliver(restarted, body);
    await Promise.all([
      deliver(restarted, emailDelivery(1, "msg-repeat", { messages_count: 3 }).body),
      deliver(restarted, emailDelivery(1, "msg-repeat", { messages_count: 4 }).body),
    ]);
    await restarted.idle();
    expect(outcomes).toEqual([
      "created",
      "already filed",
      "already filed",
      "already filed",
      "already filed",
    ]);
    expect(tasksOf(conversation)).toHaveLength(1);
  });

  it("files a second email of the conversation, and ignores other events", async () => {
    const example = await start();
    await deliver(example, emailDelivery(2, "msg-a").body);
    await deliver(example, emailDelivery(2, "msg-b").body);
    const comment = structuredClone(newComment);
    await deliver(example, JSON.stringify(comment));
    await example.idle();
    expect(outcomes.sort()).toEqual(["created", "created", "ignored"]);
    expect(tasksOf(emailDelivery(2, "x").conversation)).toHaveLength(2);
  });
});

/** `GET /conversations?shared_label=<id>` lists the conversations carrying that label. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../src/index.ts";
import { call, list } from "./helpers.ts";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 5, rateLimit: false });
});
afterAll(async () => {
  await sim?.stop();
});

it("keeps only the conversations with the label, and follows a PATCH that adds it", async () => {
  const label = sim.state.sharedLabels[0] as Record<string, unknown>;
  const [first, second] = sim.state.conversations.map((c) => String(c.id));
  await call(sim.url, "PATCH", `/conversations/${first},${second}`, {
    conversations: [
      { id: first, add_shared_labels: [label.id], organization: label.organization },
      { id: second, add_shared_labels: [label.id], organization: label.organization },
    ],
  });
  const labelled = await list(
    sim.url,
    `/conversations?shared_label=${label.id}&limit=50`,
    "conversations",
  );
  expect(labelled.map((c) => c.id).sort()).toEqual([first, second].sort());
  const inbox = await list(sim.url, "/conversations?inbox=true&limit=50", "conversations");
  expect(inbox.length).toBe(50);
});

/** A created or renamed shared label reads back with its own path, as Missive's docs show. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningSimulator, startSimulator } from "../src/index.ts";
import { call, list } from "./helpers.ts";

type Json = Record<string, unknown>;
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3, rateLimit: false });
});
afterAll(async () => {
  await sim?.stop();
});

const labelsOf = (answer: { json: unknown }) =>
  (answer.json as { shared_labels: Json[] }).shared_labels;

it("a created label's name_with_parent_names is its name, or its parent's path / its name", async () => {
  const [parent] = await list(sim.url, "/shared_labels?limit=1", "shared_labels");
  const organization = parent?.organization;
  const created = labelsOf(
    await call(sim.url, "POST", "/shared_labels", {
      shared_labels: [
        { name: "Heroku", organization },
        { name: "Stripe", organization, parent: parent?.id },
      ],
    }),
  );
  expect(created.map((l) => [l.name, l.name_with_parent_names])).toEqual([
    ["Heroku", "Heroku"],
    ["Stripe", `${parent?.name_with_parent_names}/Stripe`],
  ]);
  expect(created[1]?.parent).toBe(parent?.id);
});

it("renaming a label renames its path, and its children's", async () => {
  const [parent] = await list(sim.url, "/shared_labels?limit=1", "shared_labels");
  const [child] = labelsOf(
    await call(sim.url, "POST", "/shared_labels", {
      shared_labels: [{ name: "Child", organization: parent?.organization, parent: parent?.id }],
    }),
  );
  await call(sim.url, "PATCH", `/shared_labels/${parent?.id}`, {
    shared_labels: [{ id: parent?.id, name: "Renamed" }],
  });
  const all = await list(sim.url, "/shared_labels?limit=200", "shared_labels");
  expect(all.find((l) => l.id === parent?.id)?.name_with_parent_names).toBe("Renamed");
  expect(all.find((l) => l.id === child?.id)?.name_with_parent_names).toBe("Renamed/Child");
});

/** Every operation answers, and every answer body is valid against the bundled spec. */
import { createRequire } from "node:module";
import { operationMetadata } from "@missive-ts/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSimulator, startSimulator, validateResponseBody } from "../src/index.ts";
import { call, sleep } from "./helpers.ts";

type Json = Record<string, unknown>;
const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { examples: Record<string, { value: unknown }> }> };
      }
    >
  >;
};

function requestExamples(path: string, method: string): Json[] {
  const media = spec.paths[path]?.[method]?.requestBody?.content["application/json"];
  return Object.values(media?.examples ?? {}).map(
    (example) => structuredClone(example.value) as Json,
  );
}
const requestExample = (path: string, method: string) => requestExamples(path, method)[0] as Json;

let sim: RunningSimulator;
/** Seeded conversations, captured before creates add newer ones. */
let first: Json;
let second: Json;
let third: Json;
beforeAll(async () => {
  sim = await startSimulator({ seed: 7, rateLimit: false, analytics: { readyAfterMs: 0 } });
  [first, second, third] = sim.state.conversations as [Json, Json, Json];
});
afterAll(async () => {
  await sim?.stop();
});

/** Real IDs from the seeded state, so every request hits something that exists. */
function plan(operationId: string, path: string, method: string, example = 0) {
  const { state } = sim;
  const id = (items: Json[], at = 0) => (items[at] as Json).id as string;
  const ids: Record<string, string> = {
    "/contacts/{id}": id(state.contacts),
    "/conversations/{id}": id(state.conversations),
    "/drafts/{id}": id(state.nested.list(first, "drafts")),
    "/messages/{id}": id(state.nested.list(first, "messages")),
    "/responses/{id}": id(state.responses, method === "delete" ? state.responses.length - 1 : 0),
    "/posts/{id}": id(state.nested.list(first, "posts")),
    "/shared_labels/{ids}": id(state.sharedLabels),
    "/teams/{ids}": id(state.teams),
    "/tasks/{id}": id(state.tasks),
    "/hooks/{id}": [...state.hooks.keys()][0] ?? "none",
  };
  const prefix = Object.keys(ids).find((key) => path.startsWith(key.replace(/\/\{.*$/, "/")));
  let url = path.replace(/\{[^}]+\}/, prefix ? (ids[prefix] as string) : "");
  if (operationId === "mergeConversations") url = `/conversations/${second.id}/merge`;
  const query: Record<string, string> = {
    listConversations: "?inbox=true",
    listContacts: `?contact_book=${state.contactBooks[0]?.id}`,
    listContactGroups: `?contact_book=${state.contactBooks[0]?.id}&kind=group`,
    listMessages: `?email_message_id=${encodeURIComponent(state.nested.list(first, "messages")[0]?.email_message_id as string)}`,
  };
  let body: Json | undefined =
    method === "get" || method === "delete" ? undefined : requestExamples(path, method)[example];
  const payload = body ? (Object.values(body)[0] as Json | Json[]) : undefined;
  const items = Array.isArray(payload) ? payload : payload ? [payload] : [];
  for (const item of items.filter((entry) => entry && typeof entry === "object")) {
    if ("contact_book" in item) item.contact_book = state.contactBooks[0]?.id;
    if ("conversation" in item) item.conversation = first.id;
    if (method === "patch" && "id" in item) item.id = url.split("/").pop();
    // Conversation updates name labels, users and teams: point them at seeded ones.
    if (operationId === "updateConversations") {
      for (const key of ["add_shared_labels", "remove_shared_labels"] as const) {
        if (key in item) item[key] = [state.sharedLabels[0]?.id];
      }
      for (const key of ["add_assignees", "remove_assignees", "add_users"] as const) {
        if (key in item) item[key] = [state.users[0]?.id];
      }
      if ("team" in item) item.team = state.teams[0]?.id;
    }
  }
  if (operationId === "mergeConversations") body = { target: third.id, subject: "Merged" };
  return { url: url + (query[operationId] ?? ""), body };
}

describe("every operation of the spec", () => {
  it("has a validator that rejects invalid bodies (negative control)", () => {
    expect(validateResponseBody("listConversations", 200, { conversations: [{}] })).not.toBeNull();
    expect(validateResponseBody("getTask", 200, { tasks: { id: 1 } })).not.toBeNull();
    expect(validateResponseBody("listContacts", 400, {})).not.toBeNull();
  });

  it("answers 200 with a body valid against the spec", async () => {
    const checked: string[] = [];
    await call(sim.url, "POST", "/hooks", requestExample("/hooks", "post"));
    for (const operation of operationMetadata) {
      const { operationId, method, path } = operation;
      let { url, body } = plan(operationId, path, method);
      if (operationId === "getAnalyticsReport") {
        const created = await call(
          sim.url,
          "POST",
          "/analytics/reports",
          requestExample("/analytics/reports", "post"),
        );
        url = `/analytics/reports/${((created.json as Json).reports as Json).id}`;
        await sleep(5);
      }
      const answer = await call(sim.url, method.toUpperCase(), url, body);
      expect(answer.status, `${operationId} ${url}: ${answer.text}`).toBe(200);
      if (operation.response) {
        expect(validateResponseBody(operationId, 200, answer.json), operationId).toBeNull();
      } else expect(answer.text, operationId).toBe("");
      checked.push(operationId);
    }
    expect(checked).toHaveLength(operationMetadata.length);
    expect(Object.keys(sim.stats.byOperation).length).toBe(operationMetadata.length);
  });

  it("accepts every documented request example of the creates and updates", async () => {
    let sent = 0;
    for (const { operationId, method, path, response } of operationMetadata) {
      if (method !== "post" && method !== "patch") continue;
      if (operationId === "mergeConversations") continue;
      for (let example = 0; example < requestExamples(path, method).length; example++) {
        const { url, body } = plan(operationId, path, method, example);
        const answer = await call(sim.url, method.toUpperCase(), url, body);
        expect(answer.status, `${operationId} #${example}: ${answer.text}`).toBe(200);
        if (response) expect(validateResponseBody(operationId, 200, answer.json)).toBeNull();
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(20);
  });

  it("answers 401 with a valid error without a token", async () => {
    for (const { operationId, method, path } of operationMetadata) {
      const answer = await call(sim.url, method.toUpperCase(), path, undefined, null);
      expect(answer.status, operationId).toBe(401);
      expect(validateResponseBody(operationId, 401, answer.json), operationId).toBeNull();
    }
  });

  it("answers 404 with a valid error for unknown IDs", async () => {
    for (const { operationId, method, path } of operationMetadata) {
      if (!path.includes("{") || operationId === "getAnalyticsReport") continue;
      const body =
        method === "get" || method === "delete" ? undefined : requestExample(path, method);
      const answer = await call(
        sim.url,
        method.toUpperCase(),
        path.replace(/\{[^}]+\}/, "unknown"),
        body,
      );
      expect(answer.status, operationId).toBe(404);
      expect(validateResponseBody(operationId, 404, answer.json), operationId).toBeNull();
    }
  });

  it("answers 400 with a valid error for a missing parameter or a bad limit", async () => {
    for (const [operationId, url] of [
      ["listContacts", "/contacts"],
      ["listConversations", "/conversations"],
      ["listConversations", "/conversations?inbox=true&limit=51"],
      ["listContactGroups", "/contact_groups?contact_book=x&kind=nope"],
      ["listMessages", "/messages"],
    ] as const) {
      const answer = await call(sim.url, "GET", url);
      expect(answer.status, url).toBe(400);
      expect(validateResponseBody(operationId, 400, answer.json), url).toBeNull();
    }
    const broken = await call(sim.url, "POST", "/contacts", { contacts: "nope" });
    expect(broken.status).toBe(422);
    expect(validateResponseBody("createContacts", 422, broken.json)).toBeNull();
  });
});

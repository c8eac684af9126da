/** Organizations, users, teams, shared labels and canned responses: offset lists + CRUD. */
import { mergeCompatible, template } from "./entities.ts";
import { type Entity, envelope, notFound } from "./http.ts";
import { settleLabelPaths } from "./label-paths.ts";
import { offsetPage } from "./pagination.ts";
import { randomId } from "./random.ts";
import type { SeededData } from "./seed-data.ts";
import {
  byOrganization,
  findById,
  type Handler,
  inputList,
  nowSeconds,
  splitIds,
  targetsOf,
} from "./state.ts";

type Collection = "organizations" | "users" | "teams" | "sharedLabels" | "responses";

/** An offset list, filtered by `organization` when the operation takes it. */
function list(collection: Collection, key: string): Handler {
  return ({ query, state }) => {
    const items = byOrganization(state[collection], query.organization);
    const page = offsetPage(items, query.offset as number, query.limit as number);
    return { status: 200, body: { [key]: page } };
  };
}

function create(collection: Collection, key: string, templateOf: string): Handler {
  return ({ body, state }) => {
    const created = inputList(envelope(body, key)).map((input) => {
      const entity = mergeCompatible(template(templateOf), input);
      entity.id = randomId(state.random);
      if ("modified_at" in entity) entity.modified_at = nowSeconds();
      return entity;
    });
    (state[collection] as Entity[]).push(...created);
    if (collection === "sharedLabels") {
      const inputs = inputList(envelope(body, key));
      settleLabelPaths(
        state.sharedLabels,
        inputs.map((input, i) => ({ ...(input as Entity), id: created[i]?.id })),
      );
    }
    return { status: 200, body: { [key]: created } };
  };
}

function update(collection: Collection, key: string, param: string): Handler {
  return ({ params, body, state }) => {
    const inputs = inputList(envelope(body, key));
    const targets = targetsOf(state[collection], splitIds(params[param]), inputs);
    const updated = targets.map(({ entity, input }) => mergeCompatible(entity, input));
    if (collection === "sharedLabels") {
      settleLabelPaths(
        state.sharedLabels,
        targets.map(({ entity, input }) => ({ ...(input as Entity), id: entity.id })),
      );
    }
    return { status: 200, body: { [key]: updated } };
  };
}

function remove(collection: keyof Pick<SeededData, "responses">): Handler {
  return ({ params, state }) => {
    const ids = splitIds(params.id);
    const items = state[collection];
    if (ids.length === 0 || ids.some((id) => !items.some((item) => item.id === id))) {
      throw notFound();
    }
    state[collection] = items.filter((item) => !ids.includes(item.id as string));
    return { status: 200 };
  };
}

export const directoryHandlers: Record<string, Handler> = {
  listOrganizations: list("organizations", "organizations"),
  listUsers: list("users", "users"),
  listTeams: list("teams", "teams"),
  createTeams: create("teams", "teams", "listTeams"),
  updateTeams: update("teams", "teams", "ids"),
  listSharedLabels: list("sharedLabels", "shared_labels"),
  createSharedLabels: create("sharedLabels", "shared_labels", "listSharedLabels"),
  updateSharedLabels: update("sharedLabels", "shared_labels", "ids"),
  listResponses: list("responses", "responses"),
  createResponses: create("responses", "responses", "listResponses"),
  getResponse: ({ params, state }) => ({
    status: 200,
    body: { responses: [findById(state.responses, params.id)] },
  }),
  updateResponses: update("responses", "responses", "id"),
  deleteResponses: remove("responses"),
};

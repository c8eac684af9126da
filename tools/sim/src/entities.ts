/** Entity factories: clones of the spec's own examples with seeded IDs, names and timestamps. */
import type { Entity } from "./http.ts";
import { pick, type Random, randomId } from "./random.ts";
import { exampleEntity } from "./spec.ts";

const templates = new Map<string, Entity>();
/** A fresh copy of the first item of an operation's documented 200 example. */
export function template(operationId: string): Entity {
  let found = templates.get(operationId);
  if (!found) {
    found = exampleEntity(operationId);
    templates.set(operationId, found);
  }
  return structuredClone(found);
}

const FIRST = ["Ada", "Bilbo", "Chad", "Dora", "Eowyn", "Frodo", "Gimli", "Hana", "Ivan", "Jun"];
const LAST = ["Baggins", "Gamgee", "Lovelace", "Zemlak", "Okafor", "Tanaka", "Silva", "Novak"];
const WORDS = ["Invoice", "Question", "Refund", "Order", "Meeting", "Bug", "Quote", "Welcome"];

export const personName = (random: Random) => `${pick(random, FIRST)} ${pick(random, LAST)}`;
export const subject = (random: Random, index: number) => `${pick(random, WORDS)} #${index + 1}`;

/**
 * Copies the fields of `input` onto `entity` where the entity already has that field with the
 * same JSON type (so a create/update never makes an answer invalid against the spec).
 */
export function mergeCompatible(entity: Entity, input: unknown): Entity {
  if (!input || typeof input !== "object") return entity;
  const kind = (value: unknown) =>
    value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  for (const [key, value] of Object.entries(input as Entity)) {
    if (key === "id" || !(key in entity)) continue;
    const current = entity[key];
    const sameKind = kind(current) === kind(value);
    const primitive = kind(value) !== "object" && kind(value) !== "array";
    const stringList =
      Array.isArray(value) &&
      Array.isArray(current) &&
      value.every((item) => typeof item === "string") &&
      current.every((item) => typeof item === "string");
    if ((sameKind && primitive) || stringList) entity[key] = value;
  }
  return entity;
}

/** A conversation of the seeded data set. */
export function makeConversation(
  random: Random,
  index: number,
  lastActivityAt: number,
  context: { organization: Entity; team: Entity; user: Entity; counts: Record<string, number> },
): Entity {
  const conversation = template("listConversations");
  const id = randomId(random);
  const title = subject(random, index);
  const organization = { id: context.organization.id, name: context.organization.name };
  Object.assign(conversation, {
    id,
    created_at: lastActivityAt - 3_600,
    last_activity_at: lastActivityAt,
    subject: null,
    latest_message_subject: title,
    organization,
    team: { id: context.team.id, name: context.team.name, organization: organization.id },
    messages_count: context.counts.messages ?? 0,
    drafts_count: context.counts.drafts ?? 0,
    web_url: `https://mail.missiveapp.com/#inbox/conversations/${id}`,
    app_url: `missive://mail.missiveapp.com/#inbox/conversations/${id}`,
  });
  const users = conversation.users as Entity[];
  if (users[0]) Object.assign(users[0], { id: context.user.id, name: context.user.name });
  return conversation;
}

/** An item of a conversation's nested list (message, comment, draft or post). */
export function makeNested(
  operationId: string,
  random: Random,
  cursor: string,
  timestamp: number,
): Entity {
  const item = template(operationId);
  item.id = randomId(random);
  item[cursor] = timestamp;
  if ("created_at" in item && cursor !== "created_at") item.created_at = timestamp;
  if ("updated_at" in item) item.updated_at = timestamp;
  if ("email_message_id" in item) item.email_message_id = `<${item.id}@missive.sim>`;
  return item;
}

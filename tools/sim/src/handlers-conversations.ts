/** Conversations and their nested lists. */
import { recount } from "./app-edits.ts";
import { makeConversation } from "./entities.ts";
import { badRequest, type Entity } from "./http.ts";
import { type NestedKind, nestedKinds } from "./nested-lists.ts";
import { untilPage } from "./pagination.ts";
import {
  findById,
  type Handler,
  type HandlerContext,
  insertSorted,
  nowSeconds,
  type SimulatorState,
} from "./state.ts";

const MAILBOXES = [
  "inbox",
  "all",
  "assigned",
  "closed",
  "snoozed",
  "flagged",
  "trashed",
  "junked",
  "drafts",
  "shared_label",
  "team_inbox",
  "team_closed",
  "team_all",
];

const CONTACT_FILTERS = ["email", "domain", "contact_organization"];

/**
 * At most one contact filter. `email` and `domain` match the authors' addresses;
 * `contact_organization` is accepted but not modelled (the seeded data holds no memberships).
 */
function withContact(conversations: Entity[], query: Record<string, unknown>): Entity[] {
  const given = CONTACT_FILTERS.filter((name) => query[name] !== undefined);
  if (given.length > 1) throw badRequest(`Send at most one of ${CONTACT_FILTERS.join(", ")}`);
  const matches = (address: string) =>
    (typeof query.email === "string" && address === query.email) ||
    (typeof query.domain === "string" && address.endsWith(`@${query.domain}`));
  if (query.email === undefined && query.domain === undefined) return conversations;
  return conversations.filter((c) =>
    ((c.authors as Entity[] | undefined) ?? []).some((a) => matches(String(a.address ?? ""))),
  );
}

/** `shared_label=<id>` keeps the conversations carrying that label (what Missive lists). */
function withLabel(conversations: Entity[], query: Record<string, unknown>): Entity[] {
  if (typeof query.shared_label !== "string") return conversations;
  return conversations.filter((c) =>
    ((c.shared_labels as Entity[] | undefined) ?? []).some((l) => l.id === query.shared_label),
  );
}

/** Closed for everyone on it, as `close: true` leaves it (and `reopen` undoes). */
function isClosed(conversation: Entity): boolean {
  const users = (conversation.users as Entity[] | undefined) ?? [];
  return users.length > 0 && users.every((user) => user.closed === true);
}

/**
 * The (team) Inbox holds the open conversations and the (team) Closed mailbox the closed ones,
 * so a conversation closed through the API leaves the Inbox, as in Missive.
 */
function withState(conversations: Entity[], query: Record<string, unknown>): Entity[] {
  const given = (name: string) => query[name] !== undefined && query[name] !== false;
  if (given("inbox") || given("team_inbox")) return conversations.filter((c) => !isClosed(c));
  if (given("closed") || given("team_closed")) return conversations.filter(isClosed);
  return conversations;
}

/**
 * One mailbox filter is required. Inbox and Closed follow each conversation's closed state and
 * a shared label keeps the conversations that carry it; every other filter returns the whole
 * seeded set.
 */
const listConversations: Handler = ({ query, state }) => {
  if (!MAILBOXES.some((name) => query[name] !== undefined && query[name] !== false)) {
    throw badRequest("Filter by a mailbox, a shared label or a team mailbox");
  }
  const listed = withLabel(withState(state.conversations, query), query);
  const page = untilPage(withContact(listed, query), {
    cursor: "last_activity_at",
    until: query.until as number | undefined,
    limit: query.limit as number,
    inclusive: true,
    extendTies: true,
  });
  return { status: 200, body: { conversations: page } };
};

const getConversation: Handler = ({ params, state }) => ({
  status: 200,
  body: { conversations: [findById(state.conversations, params.id)] },
});

function nestedList(kind: NestedKind): Handler {
  return ({ params, query, state }) => {
    const conversation = findById(state.conversations, params.id);
    const page = untilPage(state.nested.list(conversation, kind), {
      cursor: nestedKinds[kind].cursor,
      until: query.until as number | undefined,
      limit: query.limit as number,
      inclusive: true,
      extendTies: true,
    });
    return { status: 200, body: { [kind]: page } };
  };
}

/** Merges `{id}` into `target`: the source disappears, the target is returned. */
const mergeConversations: Handler = ({ params, body, state }) => {
  const { target, subject } = (body ?? {}) as { target?: string; subject?: string };
  if (!target) throw badRequest("Missing target");
  const source = findById(state.conversations, params.id);
  const into = findById(state.conversations, target);
  if (source === into) throw badRequest("Cannot merge a conversation into itself");
  state.conversations.splice(state.conversations.indexOf(source), 1);
  if (subject !== undefined) into.subject = subject;
  return { status: 200, body: { conversations: [into] } };
};

/**
 * The conversation a post, draft or message goes to: the given one (404 if unknown), or a
 * new conversation, newest of all.
 */
export function conversationFor(context: HandlerContext, id: unknown): Entity {
  const { state } = context;
  if (typeof id === "string") return findById(state.conversations, id);
  return newConversation(state);
}

function newConversation(state: SimulatorState): Entity {
  const conversation = makeConversation(state.random, state.conversations.length, nowSeconds(), {
    organization: state.organizations[0] as Entity,
    team: state.teams[0] as Entity,
    user: state.users[0] as Entity,
    counts: {},
  });
  state.nested.startEmpty(conversation);
  insertSorted(state.conversations, conversation, "last_activity_at");
  return conversation;
}

/**
 * New activity in a conversation (a message, draft or post): like Missive, its
 * `last_activity_at` becomes now, so it moves to the top of the lists, and its count grows.
 */
export function touchConversation(state: SimulatorState, conversation: Entity, kind: string): void {
  const at = state.conversations.indexOf(conversation);
  if (at >= 0) state.conversations.splice(at, 1);
  conversation.last_activity_at = Math.max(nowSeconds(), conversation.last_activity_at as number);
  recount(state, conversation, kind as NestedKind);
  insertSorted(state.conversations, conversation, "last_activity_at");
}

export const conversationHandlers: Record<string, Handler> = {
  listConversations,
  getConversation,
  listConversationMessages: nestedList("messages"),
  listConversationComments: nestedList("comments"),
  listConversationDrafts: nestedList("drafts"),
  listConversationPosts: nestedList("posts"),
  mergeConversations,
};

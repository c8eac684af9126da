/** Messages, drafts, posts, webhooks and analytics reports. */
import { recount } from "./app-edits.ts";
import { makeNested, mergeCompatible } from "./entities.ts";
import { applyConversationChanges } from "./handlers-conversation-updates.ts";
import { conversationFor, touchConversation } from "./handlers-conversations.ts";
import { badRequest, type Entity, envelope, notFound } from "./http.ts";
import { randomId } from "./random.ts";
import { type Handler, type HandlerContext, nowSeconds, splitIds } from "./state.ts";

/** The list each created kind joins, and its cursor field (as the seeded items have it). */
const createdShapes = {
  drafts: ["listConversationDrafts", "delivered_at"],
  messages: ["listConversationMessages", "delivered_at"],
  posts: ["listConversationPosts", "created_at"],
} as const;

/**
 * A new draft, message or post from the request's envelope, stamped now, in the conversation
 * it names (or a new one): the caller adds it to a list of that conversation.
 */
function createNested(context: HandlerContext, key: keyof typeof createdShapes) {
  const input = envelope<Entity>(context.body, key);
  const conversation = conversationFor(context, input.conversation);
  const [operationId, cursor] = createdShapes[key];
  const item = makeNested(operationId, context.state.random, cursor, nowSeconds());
  mergeCompatible(item, input);
  return { input, conversation, item };
}

const createDraft: Handler = (context) => {
  const { input, conversation, item: draft } = createNested(context, "drafts");
  const kind = input.send === true ? "messages" : "drafts";
  if (typeof input.body === "string")
    context.state.nested.bodies.set(draft.id as string, input.body);
  context.state.nested.add(conversation, kind, draft);
  touchConversation(context.state, conversation, kind);
  return { status: 200, body: { drafts: draft } };
};

const deleteDraft: Handler = ({ params, state }) => {
  const id = params.id ?? "";
  const conversation = state.conversations.find((c) => c.id === state.nested.owner.get(id));
  if (!state.nested.remove("drafts", id)) throw notFound();
  if (conversation) recount(state, conversation, "drafts");
  return { status: 200 };
};

/** Messages by `email_message_id`, among conversations already read (at most 10). */
const listMessages: Handler = ({ query, state }) => {
  const wanted = query.email_message_id;
  const matches = [...state.nested.messagesById.values()]
    .filter((message) => message.email_message_id === wanted)
    .slice(0, 10);
  return { status: 200, body: { messages: matches } };
};

const createMessage: Handler = (context) => {
  const { input, conversation, item: message } = createNested(context, "messages");
  if (typeof input.body === "string")
    context.state.nested.bodies.set(message.id as string, input.body);
  // The sender as given (mergeCompatible copies only plain fields).
  const from = input.from_field as Entity | undefined;
  if (from && typeof from.address === "string") {
    const name = typeof from.name === "string" ? from.name : from.address;
    message.from_field = { name, address: from.address };
  }
  context.state.nested.add(conversation, "messages", message);
  touchConversation(context.state, conversation, "messages");
  return { status: 200, body: { messages: message } };
};

/** One ID answers the documented object; several answer an array (one of the two modelled shapes). */
const getMessage: Handler = ({ params, state }) => {
  const messages = splitIds(params.id).map((id) => {
    const message = state.nested.messagesById.get(id);
    if (!message) throw notFound();
    // Listed without a body, fetched with one (Messages › Get a message).
    return { ...message, body: state.nested.bodyOf(id) };
  });
  return { status: 200, body: { messages: messages.length === 1 ? messages[0] : messages } };
};

const createPost: Handler = (context) => {
  const { input, conversation, item: post } = createNested(context, "posts");
  // A post also closes, reopens, labels, assigns or moves its conversation, as a PATCH would.
  applyConversationChanges(context.state, conversation, {
    ...input,
    subject: input.conversation_subject,
  });
  context.state.nested.add(conversation, "posts", post);
  touchConversation(context.state, conversation, "posts");
  return { status: 200, body: { posts: { id: post.id, conversation: conversation.id } } };
};

const deletePost: Handler = ({ params, state }) => {
  if (!state.nested.remove("posts", params.id ?? "")) throw notFound();
  return { status: 200 };
};

const createHook: Handler = ({ body, state }) => {
  const input = envelope<Entity>(body, "hooks");
  if (typeof input.url !== "string" || typeof input.type !== "string") {
    throw badRequest("A hook needs a type and a url");
  }
  const id = randomId(state.random);
  state.hooks.set(id, { id, ...input });
  return { status: 200, body: { hooks: { id } } };
};

const deleteHook: Handler = ({ params, state }) => {
  if (!state.hooks.delete(params.id ?? "")) throw notFound();
  return { status: 200 };
};

const createAnalyticsReport: Handler = ({ body, state }) => {
  const id = state.analytics.create(envelope(body, "reports"));
  return { status: 200, body: { reports: { id } } };
};

/** Empty 404 until the report is ready and again once it expired. */
const getAnalyticsReport: Handler = ({ params, state }) => {
  const report = state.analytics.get(params.id ?? "");
  return report ? { status: 200, body: { reports: report } } : { status: 404 };
};

export const messageHandlers: Record<string, Handler> = {
  createDraft,
  deleteDraft,
  listMessages,
  createMessage,
  getMessage,
  createPost,
  deletePost,
  createHook,
  deleteHook,
  createAnalyticsReport,
  getAnalyticsReport,
};

/**
 * `PATCH /conversations/{id}` (June 2026): state changes without a post. Each body object is
 * applied to its conversation: mailbox state for everyone with access, labels, assignees,
 * team, subject and color. Nothing is added to the conversation's posts.
 */
import { badRequest, type Entity, envelope } from "./http.ts";
import {
  findById,
  type Handler,
  inputList,
  type SimulatorState,
  splitIds,
  targetsOf,
} from "./state.ts";

const ids = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

function userEntry(state: SimulatorState, id: string): Entity {
  const user = findById(state.users, id);
  return { id, name: user.name, email: user.email, closed: false, assigned: true };
}

function setClosed(conversation: Entity, closed: boolean): void {
  for (const list of ["users", "assignees"]) {
    for (const user of (conversation[list] as Entity[] | undefined) ?? []) user.closed = closed;
  }
}

/** What a conversation update (or a post's conversation fields) does to the conversation. */
export function applyConversationChanges(
  state: SimulatorState,
  conversation: Entity,
  input: Entity,
): void {
  if (typeof input.subject === "string") conversation.subject = input.subject;
  const color = input.color ?? input.conversation_color;
  if (typeof color === "string") conversation.color = color;
  if (typeof input.team === "string") {
    const team = findById(state.teams, input.team);
    // Without force_team, a conversation already in another team keeps it.
    if (!conversation.team || input.force_team === true) {
      conversation.team = { id: team.id, name: team.name, organization: team.organization };
    }
  }
  const labels = ((conversation.shared_labels as Entity[] | undefined) ?? []).filter(
    (label) => !ids(input.remove_shared_labels).includes(label.id as string),
  );
  for (const id of ids(input.add_shared_labels)) {
    const label = findById(state.sharedLabels, id);
    if (!labels.some((l) => l.id === id)) labels.push({ id, name: label.name });
  }
  conversation.shared_labels = labels;
  conversation.shared_label_names = labels.map((l) => l.name).join(", ");
  const assignees = ((conversation.assignees as Entity[] | undefined) ?? []).filter(
    (user) => !ids(input.remove_assignees).includes(user.id as string),
  );
  for (const id of ids(input.add_assignees)) {
    if (!assignees.some((u) => u.id === id)) assignees.push(userEntry(state, id));
  }
  conversation.assignees = assignees;
  conversation.assignee_names = assignees.map((u) => u.name).join(", ");
  conversation.assignee_emails = assignees.map((u) => u.email).join(", ");
  const users = (conversation.users as Entity[] | undefined) ?? [];
  for (const id of ids(input.add_users)) {
    if (!users.some((u) => u.id === id)) users.push({ ...userEntry(state, id), assigned: false });
  }
  conversation.users = users;
  if (input.close === true) setClosed(conversation, true);
  if (input.reopen === true || input.add_to_inbox === true || input.add_to_team_inbox === true) {
    setClosed(conversation, false);
  }
}

const updateConversations: Handler = ({ params, body, state }) => {
  const pathIds = splitIds(params.id);
  const inputs = inputList(envelope(body, "conversations"));
  if (inputs.length !== pathIds.length) {
    throw badRequest("Send one object per conversation ID in the path");
  }
  const targets = targetsOf(state.conversations, pathIds, inputs);
  for (const { entity, input } of targets) applyConversationChanges(state, entity, input);
  return { status: 200, body: { conversations: targets.map(({ entity }) => entity) } };
};

export const conversationUpdateHandlers: Record<string, Handler> = { updateConversations };

/**
 * Changes a person makes in Missive's app that the REST API cannot make: editing a draft in
 * place, deleting a message. Tests of readers (a sync, a cache) use them to change the account
 * under a copy. Neither moves the conversation's `last_activity_at`: Missive's docs do not say
 * that they do, so a reader sees them with the conversation's next activity.
 */
import { mergeCompatible } from "./entities.ts";
import type { Entity } from "./http.ts";
import type { NestedKind } from "./nested-lists.ts";
import { nowSeconds, type SimulatorState } from "./state.ts";

export interface AppEdits {
  /**
   * Edits a draft in place (same id, same place in its list, `drafts_count` unchanged): the
   * fields given replace the draft's, `updated_at` becomes now. Returns the draft.
   */
  editDraft(id: string, changes: { subject?: string; preview?: string }): Entity;
  /**
   * Deletes a message: gone from its conversation's list and from `GET /messages/{id}`,
   * `messages_count` one less. Returns the deleted message.
   */
  deleteMessage(id: string): Entity;
}

/** The item and its conversation, or an error saying the id is not in a conversation read so far. */
function located(state: SimulatorState, kind: NestedKind, id: string) {
  const owner = state.nested.owner.get(id);
  const conversation = state.conversations.find((c) => c.id === owner);
  const item = conversation && state.nested.list(conversation, kind).find((i) => i.id === id);
  if (!conversation || !item)
    throw new Error(
      `No ${kind.slice(0, -1)} ${id} in a conversation read so far: list the conversation's ${kind} first`,
    );
  return { conversation, item };
}

/** Sets the conversation's `messages_count`/`drafts_count` to its list's length. */
export function recount(state: SimulatorState, conversation: Entity, kind: NestedKind): void {
  const counter = { messages: "messages_count", drafts: "drafts_count" }[kind as string];
  if (counter) conversation[counter] = state.nested.list(conversation, kind).length;
}

export function appEdits(state: SimulatorState): AppEdits {
  return {
    editDraft(id, changes) {
      const { item } = located(state, "drafts", id);
      mergeCompatible(item, changes);
      item.updated_at = Math.max(nowSeconds(), Number(item.updated_at) + 1);
      return item;
    },
    deleteMessage(id) {
      const { conversation, item } = located(state, "messages", id);
      state.nested.remove("messages", id);
      recount(state, conversation, "messages");
      return item;
    },
  };
}

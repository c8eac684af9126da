import { type Conversation, useSharedLabels, useUpdateConversations } from "@missive-ts/react";

/** Closed when closed for everyone with access (what a PATCH with `close: true` does). */
const isClosed = (conversation: Conversation) =>
  (conversation.users?.length ?? 0) > 0 && conversation.users?.every((user) => user.closed);

/**
 * Silent triage (`PATCH /conversations/{id}`, no post): "Close", and "Label", which adds the
 * first shared label of the conversation's organization it does not have yet. The cache
 * updates optimistically; an error puts it back.
 */
export function TriageActions({ conversation }: { conversation: Conversation }) {
  const update = useUpdateConversations();
  const organization = conversation.organization?.id;
  const labels = useSharedLabels({}, { enabled: organization !== undefined });
  const current = conversation.shared_labels ?? [];
  const next = labels.data?.find(
    (label) => label.organization === organization && !current.some((l) => l.id === label.id),
  );
  const closed = isClosed(conversation);

  return (
    <section aria-label="Triage">
      <p data-testid="state">{closed ? "Closed" : "Open"}</p>
      <ul data-testid="labels">
        {current.map((label) => (
          <li key={label.id} data-id={label.id}>
            {label.name ?? label.id}
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={closed || update.isPending}
        onClick={() => update.mutate([{ id: conversation.id, close: true }])}
      >
        Close
      </button>
      <button
        type="button"
        disabled={!next || !organization || update.isPending}
        onClick={() =>
          next &&
          organization &&
          update.mutate([{ id: conversation.id, add_shared_labels: [next.id], organization }])
        }
      >
        Label
      </button>
      {update.error && <p role="alert">{update.error.message}</p>}
    </section>
  );
}

import { useConversations } from "@missive-ts/react";
import { useEffect, useRef } from "react";
import { titleOf } from "./title.js";

interface InboxProps {
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The inbox, newest activity first; the next page loads when the end of the list scrolls in. */
export function Inbox({ selected, onSelect }: InboxProps) {
  const { data, error, fetchNextPage, hasNextPage, isFetchingNextPage, isPending } =
    useConversations({ inbox: true, limit: 20 });
  const end = useRef<HTMLLIElement>(null);

  useEffect(() => {
    const node = end.current;
    if (!node || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) {
        void fetchNextPage();
      }
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);

  return (
    <nav className="inbox" aria-label="Inbox">
      <h1>Inbox</h1>
      {isPending && <p>Loading…</p>}
      {error && <p role="alert">{error.message}</p>}
      <ul>
        {data?.items.map((conversation) => (
          <li key={conversation.id}>
            <button
              type="button"
              className="conversation"
              data-id={conversation.id}
              aria-current={conversation.id === selected}
              onClick={() => onSelect(conversation.id)}
            >
              {titleOf(conversation)}
            </button>
          </li>
        ))}
        <li ref={end} className="end" data-testid="inbox-end">
          {isFetchingNextPage ? "Loading more…" : hasNextPage ? "" : "That's all."}
        </li>
      </ul>
    </nav>
  );
}

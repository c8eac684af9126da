import { useState } from "react";
import { ConversationPane } from "./conversation-pane.js";
import { Inbox } from "./inbox.js";

export function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="layout">
      <Inbox selected={selected} onSelect={setSelected} />
      {selected ? (
        <ConversationPane key={selected} id={selected} />
      ) : (
        <main className="pane empty">Pick a conversation.</main>
      )}
    </div>
  );
}

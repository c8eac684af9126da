import {
  useConversation,
  useConversationMessages,
  useConversationPosts,
  useCreatePost,
} from "@missive-ts/react";
import { titleOf } from "./title.js";
import { TriageActions } from "./triage-actions.js";

/** One conversation: silent triage, its messages, its posts, and a "post and close" action. */
export function ConversationPane({ id }: { id: string }) {
  const conversation = useConversation(id);
  const messages = useConversationMessages(id, { limit: 5 });
  const posts = useConversationPosts(id);
  const postAndClose = useCreatePost();

  return (
    <main className="pane" aria-label="Conversation">
      <h2>{conversation.data ? titleOf(conversation.data) : "Loading…"}</h2>
      {conversation.data && <TriageActions conversation={conversation.data} />}
      <section>
        <h3>Messages</h3>
        <ul data-testid="messages">
          {messages.data?.map((message) => (
            <li key={message.id}>{message.subject || message.preview || message.id}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Posts</h3>
        <ul data-testid="posts">
          {posts.data?.map((post) => (
            <li key={post.id} data-id={post.id}>
              <strong>{post.username ?? "Missive"}</strong> {post.notification?.body}
            </li>
          ))}
        </ul>
      </section>
      <button
        type="button"
        disabled={postAndClose.isPending || postAndClose.isSuccess}
        onClick={() =>
          postAndClose.mutate({
            conversation: id,
            username: "Example app",
            markdown: "Handled from the example app.",
            notification: { title: "Example app", body: "Handled and closed" },
            close: true,
            reopen: false,
          })
        }
      >
        Post and close
      </button>
      {postAndClose.isPending && <p role="status">Posting…</p>}
      {postAndClose.isSuccess && <p role="status">Closed</p>}
      {postAndClose.error && <p role="alert">{postAndClose.error.message}</p>}
    </main>
  );
}

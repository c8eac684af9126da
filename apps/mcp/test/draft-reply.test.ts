/** `draft_reply` answers the latest message from outside the team, never our own. */
import { describe, expect, it } from "vitest";
import { call, connect, structured, withSim } from "./helpers.js";

type Entity = Record<string, unknown>;

describe("draft_reply", () => {
  it("answers the customer when our own message is the latest, not ourselves", async () => {
    await withSim(async (sim) => {
      const conversation = sim.state.conversations[0] as Entity;
      const messages = sim.state.nested.list(conversation, "messages") as Entity[];
      const user = sim.state.users[1] as Entity;
      const customer = { name: "Casey Customer", address: "casey@customer.test" };
      // Newest first: our follow-up, then the customer's question.
      Object.assign(messages[0] as Entity, {
        from_field: { name: String(user.name), address: String(user.email).toUpperCase() },
        to_fields: [customer],
        reply_to_fields: [],
      });
      Object.assign(messages[1] as Entity, {
        from_field: customer,
        reply_to_fields: [],
        subject: "Where is my refund?",
      });
      const { client, close } = await connect(sim);
      try {
        structured(
          await call(client, "draft_reply", { conversation: conversation.id, body: "On it." }),
        );
        const sent = sim.stats.posts.at(-1) as { drafts: Entity };
        expect(sent.drafts.to_fields).toEqual([customer]);
        expect(sent.drafts.subject).toBe("Re: Where is my refund?");
      } finally {
        await close();
      }
    });
  });

  it("writes to our latest message's recipients when every message is ours", async () => {
    await withSim(async (sim) => {
      const conversation = sim.state.conversations[1] as Entity;
      const messages = sim.state.nested.list(conversation, "messages") as Entity[];
      const users = sim.state.users as Entity[];
      const customer = { name: "Robin", address: "robin@customer.test" };
      messages.forEach((message, i) => {
        const user = users[i % users.length] as Entity;
        Object.assign(message, {
          from_field: { address: String(user.email) },
          to_fields: [customer, { address: String((users[0] as Entity).email) }],
          reply_to_fields: [],
        });
      });
      const { client, close } = await connect(sim);
      try {
        structured(
          await call(client, "draft_reply", {
            conversation: conversation.id,
            body: "Following up.",
          }),
        );
        const sent = sim.stats.posts.at(-1) as { drafts: Entity };
        expect(sent.drafts.to_fields).toEqual([customer]);
      } finally {
        await close();
      }
    });
  });
});

// Frozen usage of the first release (spec 2025.09.0). See README.md: never edit this file.
import type { components } from "@missive-ts/schema";
import { expectTypeOf, it } from "vitest";
import {
  createMissiveClient,
  MissiveError,
  NotFoundError,
  RateLimitError,
  verifyWebhookSignature,
} from "../../src/index.js";

type Schemas = components["schemas"];

it("keeps compiling the code users wrote against v0.1.0", async () => {
  const missive = createMissiveClient({ token: "missive_pat-…", maxRetries: 3 });

  const inbox: Schemas["Conversation"][] = await missive.conversations.list({
    inbox: true,
    limit: 10,
  });
  for (const conversation of inbox) {
    const id: string = conversation.id;
    const lastActivity: number = conversation.last_activity_at;
    const subject: string | null | undefined = conversation.subject;
    void [id, lastActivity, subject];
  }

  for await (const conversation of missive.conversations.listAll({ team_inbox: "team-1" })) {
    void conversation.id;
  }
  const contacts = await missive.contacts
    .listAll({ contact_book: "book-1", order: "last_modified" })
    .collect();
  for (const contact of contacts) {
    for (const info of contact.infos ?? []) {
      const shown: string | undefined =
        info.kind === "facebook"
          ? info.name
          : info.kind === "physical_address"
            ? info.city
            : info.value;
      void shown;
    }
  }

  await missive.contacts.update([
    { id: "c1", last_name: "Lehoux" },
    { id: "c2", starred: true },
  ]);
  await missive.posts.create({
    conversation: "conv-1",
    notification: { title: "Ticket resolved", body: "Closed by the helpdesk" },
    text: "Ticket #1234 resolved",
    close: true,
  });
  const draft = await missive.drafts.create({
    subject: "Hello",
    body: "World",
    to_fields: [{ address: "paul@acme.com" }],
    from_field: { address: "philippe@missiveapp.com" },
    send: true,
  });
  void draft?.id;
  const tasks = await missive.tasks.list({ state: "todo", limit: 10 });
  expectTypeOf(tasks).toEqualTypeOf<Schemas["Task"][]>();

  try {
    await missive.messages.get("m1");
  } catch (error) {
    if (error instanceof NotFoundError) void error.status;
    if (error instanceof RateLimitError) void error.retryAfterMs;
    if (error instanceof MissiveError) void error.message;
  }

  const ok: boolean = await verifyWebhookSignature("{}", "sha256=abc", "secret");
  void ok;
});

/**
 * An agent's session, scripted: find the unassigned conversations from one domain, read their
 * timelines, draft a reply in each and label them, through the tools only, against the
 * simulator; then the simulator's state is checked, as the team would see it in Missive.
 */
import { describe, expect, it } from "vitest";
import { call, connect, structured, withSim } from "./helpers.js";

type Entity = Record<string, unknown>;
const unassigned = (c: Entity) => ((c.assignees as unknown[] | undefined) ?? []).length === 0;

describe("an agent triaging one customer's domain", () => {
  it("drafts a reply in, and labels, exactly the unassigned conversations from that domain", async () => {
    await withSim(
      async (sim) => {
        // One customer, acme.test, wrote five conversations; one of them is already assigned.
        const domain = "acme.test";
        const customer = [3, 7, 11, 15, 19].map((i) => sim.state.conversations[i] as Entity);
        customer.forEach((c, i) => {
          c.authors = [{ name: `Customer ${i}`, address: `person${i}@${domain}` }];
        });
        const assigned = customer[2] as Entity;
        const user = sim.state.users[0] as Entity;
        assigned.assignees = [{ id: user.id, name: user.name, email: user.email }];
        for (const c of sim.state.conversations) if (!customer.includes(c)) c.assignees = [];
        const expected = new Set(customer.filter((c) => c !== assigned).map((c) => String(c.id)));
        const before = new Map(
          sim.state.conversations.map((c) => [String(c.id), structuredClone(c)]),
        );

        const { client, close } = await connect(sim);
        try {
          const organization = String(
            (structured(await call(client, "list_organizations")).organizations as Entity[])[0]?.id,
          );
          const label = (
            structured(
              await call(client, "create_shared_labels", {
                shared_labels: [{ name: "Awaiting customer", organization }],
              }),
            ).shared_labels as Entity[]
          )[0];
          // Walk every page of that domain's conversations with the cursor.
          const found: Entity[] = [];
          let page = structured(
            await call(client, "list_conversations", { all: true, domain, limit: 5 }),
          );
          for (;;) {
            found.push(...(page.conversations as Entity[]));
            if (typeof page.next_cursor !== "string") break;
            page = structured(
              await call(client, "list_conversations", { cursor: page.next_cursor }),
            );
          }
          const targets = found.filter(unassigned).map((c) => String(c.id));
          const draftOf = new Map<string, string>();
          expect(new Set(targets)).toEqual(expected);

          for (const conversation of targets) {
            const timeline = structured(
              await call(client, "get_conversation_timeline", { conversation, max_chars: 4000 }),
            );
            expect((timeline.entries as Entity[]).length).toBeGreaterThan(0);
            const reply = structured(
              await call(client, "draft_reply", {
                conversation,
                body: "<p>Thanks for your message: we are looking into it.</p>",
              }),
            );
            draftOf.set(conversation, String((reply.drafts as Entity).id));
          }
          const triaged = structured(
            await call(client, "triage_conversations", {
              conversations: targets,
              organization,
              add_shared_labels: [String(label?.id)],
            }),
          );
          expect((triaged.conversations as Entity[]).map((c) => c.id).sort()).toEqual(
            [...expected].sort(),
          );

          // The simulator's end state.
          for (const c of sim.state.conversations) {
            const id = String(c.id);
            const labels = ((c.shared_labels as Entity[] | undefined) ?? []).map((l) => l.id);
            const drafts = sim.state.nested.list(c, "drafts").map((d) => String(d.id));
            if (expected.has(id)) {
              expect(labels, id).toContain(label?.id);
              expect(drafts, id).toContain(draftOf.get(id));
              expect(c.assignees, "still unassigned").toEqual([]);
              expect(c.users, "not closed, not reopened").toEqual((before.get(id) as Entity).users);
            } else {
              expect(labels, id).not.toContain(label?.id);
              expect(draftOf.has(id), id).toBe(false);
            }
          }
          // Replies were saved, never sent; nothing was posted to the conversations.
          expect(sim.stats.byOperation["POST /posts"]).toBeUndefined();
          expect(sim.stats.byOperation["POST /messages"]).toBeUndefined();
          const drafted = sim.stats.mutations.filter((m) => m.operation === "POST /drafts");
          for (const { body } of drafted) {
            const draft = (body as { drafts: Entity }).drafts;
            expect(draft.send ?? draft.send_at).toBeUndefined();
            expect(draft.body).toMatch(/we are looking into it/);
            expect(draft.subject).toMatch(/^Re: /);
          }
          const applied = sim.stats.mutations.map((m) => m.operation);
          expect(applied.sort()).toEqual(
            [
              "POST /shared_labels",
              ...[...expected].map(() => "POST /drafts"),
              "PATCH /conversations/{id}",
            ].sort(),
          );
        } finally {
          await close();
        }
      },
      { data: { conversations: 30 } },
    );
  });
});

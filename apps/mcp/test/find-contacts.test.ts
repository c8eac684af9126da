import { describe, expect, it } from "vitest";
import { call, connect, structured, textOf, withSim } from "./helpers.js";

type Contact = { id: string; last_name?: string; infos?: { kind: string; value: string }[] };

describe("find_contacts", () => {
  it("finds by `email` (exact) or by `name` (partial), as well as by `query`", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        // The seeded contacts have no addresses: give two of them one, one a near miss.
        const [target, other] = sim.state.contacts as Contact[];
        const email = "Ada.Review@Example.com";
        if (!target || !other) throw new Error("the simulator seeded no contacts");
        target.infos = [{ kind: "email", value: email }];
        other.infos = [{ kind: "email", value: `x${email}` }];
        const byEmail = structured(await call(client, "find_contacts", { email }));
        expect((byEmail.contacts as Contact[]).map((c) => c.id)).toEqual([target.id]);
        const name = String(target.last_name).slice(0, 4);
        const byName = structured(await call(client, "find_contacts", { name }));
        expect((byName.contacts as Contact[]).map((c) => c.id)).toContain(target.id);
        const byQuery = structured(await call(client, "find_contacts", { query: email }));
        expect(byQuery.contacts).toEqual(byEmail.contacts);
      } finally {
        await close();
      }
    });
  });

  it("says what to pass when given neither email, name nor query", async () => {
    await withSim(async (sim) => {
      const { client, close } = await connect(sim);
      try {
        const result = await call(client, "find_contacts", {});
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(/email.*name.*query/);
      } finally {
        await close();
      }
    });
  });
});

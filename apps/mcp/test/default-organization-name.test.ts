/**
 * The stdio server's default organization may be a name, as the CLI takes it
 * (`MISSIVE_ORGANIZATION=Acme`): it becomes the id before any tool sends it, against the
 * simulator. An unknown or ambiguous name stops the server with the candidates.
 */
import { createMissiveClient } from "@missive-ts/client";
import { describe, expect, it } from "vitest";
import { organizationIdOf } from "../src/organization-name.js";
import { TOKEN, withSim } from "./helpers.js";

describe("MISSIVE_ORGANIZATION by name", () => {
  it("a name (any case or accent) becomes the organization's id; an id is kept without a request", async () => {
    await withSim(async (sim) => {
      const org = sim.state.organizations[0] as Record<string, unknown>;
      const requests: string[] = [];
      const client = createMissiveClient({
        token: TOKEN,
        baseUrl: sim.url,
        maxRetries: 0,
        fetch: (request: Request) => {
          requests.push(request.url);
          return fetch(request);
        },
      });
      expect(await organizationIdOf(client, String(org.name).toUpperCase())).toBe(org.id);
      requests.length = 0;
      expect(await organizationIdOf(client, String(org.id))).toBe(org.id);
      expect(requests).toEqual([]);
    });
  });

  it("an unknown name is refused with the candidates", async () => {
    await withSim(async (sim) => {
      const org = sim.state.organizations[0] as Record<string, unknown>;
      const client = createMissiveClient({ token: TOKEN, baseUrl: sim.url, maxRetries: 0 });
      await expect(organizationIdOf(client, "Nope Inc")).rejects.toThrow(
        new RegExp(
          `organization "Nope Inc".*MISSIVE_ORGANIZATION.*\\n.*${String(org.name)} \\(${String(org.id)}\\)`,
        ),
      );
    });
  });
});

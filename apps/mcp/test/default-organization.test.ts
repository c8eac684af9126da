/**
 * The default organization (#22.5): `MISSIVE_ORGANIZATION`, else `missive config set
 * organization`, reaches the triage and draft tools, against the simulator.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMissiveClient } from "@missive-ts/client";
import type { RunningSimulator } from "@missive-ts/sim";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { describe, expect, it } from "vitest";
import { buildTools, createServer, defaultPolicy } from "../src/index.js";
import { stdioCredentials } from "../src/token-source.js";
import { call, TOKEN, textOf, withSim } from "./helpers.js";

type Entity = Record<string, unknown>;

/** A client linked to a server for `sim` whose default organization is `organization`. */
async function connectWith(sim: RunningSimulator, organization: string | undefined) {
  const policy = defaultPolicy;
  const missive = createMissiveClient({ token: TOKEN, baseUrl: sim.url, maxRetries: 0 });
  const server = createServer({ ...buildTools(policy), policy, client: missive, organization });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "test", version: "0.0.0" });
  await server.connect(serverSide);
  await client.connect(clientSide);
  return { client, close: () => Promise.all([client.close(), server.close()]) };
}

describe("the MCP tools take the default organization", () => {
  it("triage_conversations labels without an organization argument when a default is set", async () => {
    await withSim(async (sim) => {
      const org = String(sim.state.organizations[0]?.id);
      const label = String(sim.state.sharedLabels[0]?.id);
      const conversation = sim.state.conversations[2] as Entity;
      const args = { conversations: [String(conversation.id)], add_shared_labels: [label] };

      const without = await connectWith(sim, undefined);
      const refused = await call(without.client, "triage_conversations", args);
      expect(refused.isError).toBe(true);
      expect(textOf(refused)).toMatch(/organization/);
      await without.close();

      const withDefault = await connectWith(sim, org);
      const done = await call(withDefault.client, "triage_conversations", args);
      expect(done.isError, textOf(done)).toBeFalsy();
      const labels = (conversation.shared_labels as Entity[]).map((l) => l.id);
      expect(labels).toContain(label);
      await withDefault.close();
    });
  });

  it("create_draft with assignees takes it too", async () => {
    await withSim(async (sim) => {
      const org = String(sim.state.organizations[0]?.id);
      const user = String(sim.state.users[0]?.id);
      const { client, close } = await connectWith(sim, org);
      const before = sim.state.conversations.length;
      const result = await call(client, "create_draft", {
        subject: "Hello",
        body: "<p>Hi</p>",
        to_fields: [{ address: "ann@example.test" }],
        add_assignees: [user],
      });
      expect(result.isError, textOf(result)).toBeFalsy();
      expect(sim.state.conversations.length).toBe(before + 1);
      await close();
    });
  });

  it("the stdio server reads it from MISSIVE_ORGANIZATION, else the CLI profile", async () => {
    const dir = mkdtempSync(join(tmpdir(), "missive-mcp-org-"));
    writeFileSync(
      join(dir, "config.json"),
      JSON.stringify({ profiles: { default: { token: TOKEN, organization: "org-profile" } } }),
      { mode: 0o600 },
    );
    const env = { MISSIVE_CONFIG_DIR: dir };
    expect((await stdioCredentials(env, undefined, undefined)).organization).toBe("org-profile");
    const fromEnv = await stdioCredentials(
      { ...env, MISSIVE_ORGANIZATION: "org-env" },
      undefined,
      undefined,
    );
    expect(fromEnv.organization).toBe("org-env");
  });
});

/** Errors that point at the cause (#22.8), and help that speaks CLI. */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { commandTable } from "../src/command-table.js";
import { ONE_OF_REQUIRED } from "../src/required-filters.js";
import { cli, recordRequests } from "./helpers.js";

/** A port on 127.0.0.1 where nothing listens: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("a request without an answer", () => {
  it("names the URL and the cause, and says 'the API' for a base URL that is not Missive's", async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}`;
    const { code, stderr } = await cli(["users", "list"], { env: { MISSIVE_BASE_URL: url } });
    expect(code).toBe(1);
    expect(stderr).toContain(`the API at ${url}`);
    expect(stderr).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(stderr).not.toContain("Missive");
    expect(stderr).toContain("MISSIVE_BASE_URL");
  });
});

describe("conversations list needs a mailbox filter", () => {
  it("exits 2 before sending, listing the filters", async () => {
    const { sent, fetch } = recordRequests();
    const { code, stderr } = await cli(["conversations", "list"], { fetch });
    expect(code).toBe(2);
    expect(sent).toEqual([]);
    for (const flag of ["--inbox", "--query-all", "--shared-label", "--team-inbox", "--closed"]) {
      expect(stderr).toContain(flag);
    }
    // `--no-inbox` is no filter either; export walks the same list.
    expect((await cli(["conversations", "list", "--no-inbox"], { fetch })).code).toBe(2);
    expect((await cli(["export", "conversations"], { fetch })).code).toBe(2);
    expect(sent).toEqual([]);
    expect((await cli(["conversations", "list", "--closed"], { fetch })).code).toBe(0);
  });

  it("its --help says one is required", async () => {
    const { stdout } = await cli(["conversations", "list", "--help"]);
    expect(stdout).toMatch(/Required: one of --inbox, --query-all, .*--team-all/);
  });

  it("every filter of the group is still a parameter of the operation", () => {
    for (const [operationId, names] of Object.entries(ONE_OF_REQUIRED)) {
      const command = commandTable().find((c) => c.operationId === operationId);
      const params = command?.queryParams.map((p) => p.name) ?? [];
      expect(params).toEqual(expect.arrayContaining([...names]));
    }
  });
});

describe("help speaks CLI", () => {
  it("no generated command's help says `Pass true`, `<value>` or a snake_case parameter name", async () => {
    for (const command of commandTable()) {
      const { stdout } = await cli([command.resource, command.action, "--help"]);
      expect(stdout, `${command.resource} ${command.action}`).not.toMatch(/Pass `true`|<value>/);
      for (const p of command.queryParams.filter((q) => q.name.includes("_"))) {
        expect(stdout).not.toContain(`\`${p.name}\``);
      }
    }
  });

  it("switches say what they do; values say what to give", async () => {
    const list = (await cli(["conversations", "list", "--help"])).stdout;
    expect(list).toMatch(/--inbox\s+List conversations in the Inbox\.\n/);
    expect(list).toMatch(/--team-inbox <team-id>/);
    expect(list).toContain("Useless together with `--shared-label` or a `--team-*` parameter");
    const get = (await cli(["conversations", "get", "--help"])).stdout;
    expect(get).toContain("Usage: missive conversations get <conversation-id>");
    const group = (await cli(["conversations", "--help"])).stdout;
    expect(group).toContain("list-messages <conversation-id>");
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { operationMetadata } from "@missive-ts/schema";
import { describe, expect, it } from "vitest";
import { commandTable } from "../src/command-table.js";
import { cli, tempDir } from "./helpers.js";
import { exampleArgv } from "./spec-examples.js";

/**
 * Every generated command against the Prism mock, driven by operationMetadata and the spec's
 * examples: a new operation in the spec is covered without a new test.
 */
describe("generated commands", () => {
  it("cover every operation of operationMetadata, with distinct names", () => {
    const table = commandTable();
    expect(table.map((c) => c.operation.operationId).sort()).toEqual(
      operationMetadata.map((o) => o.operationId).sort(),
    );
    const names = table.map((c) => `${c.resource} ${c.action}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "conversations list",
        "conversations list-messages",
        "conversations merge",
        "contact-books list",
        "shared-labels update",
        "responses delete",
        "analytics create",
        "analytics get",
      ]),
    );
  });

  it.each(commandTable().map((c) => [`${c.resource} ${c.action}`, c] as const))(
    "%s answers with the example arguments",
    async (_, command) => {
      const argv = exampleArgv(command);
      const { code, stdout, stderr } = await cli([...argv, "--json"]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      if (command.operation.response === null) expect(stdout).toBe("");
      else if (stdout !== "") {
        const parsed = JSON.parse(stdout) as unknown;
        expect(Array.isArray(parsed)).toBe(command.operation.response.list);
      }
    },
  );

  it.each(
    commandTable()
      .filter((c) => c.entry.listAllName)
      .map((c) => [`${c.resource} ${c.action} --all`, c] as const),
  )("%s prints NDJSON", async (_, command) => {
    const argv = exampleArgv(command).filter((a, i, all) => {
      const prev = all[i - 1];
      return !["--until", "--offset"].includes(a) && !["--until", "--offset"].includes(prev ?? "");
    });
    const { code, stdout } = await cli([...argv, "--all"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("id");
  });

  it("takes several ids as positionals", async () => {
    const requests: string[] = [];
    const { code } = await cli(["responses", "delete", "r1", "r2"], {
      fetch: (r) => {
        requests.push(`${r.method} ${new URL(r.url).pathname}`);
        return fetch(r);
      },
    });
    expect(code).toBe(0);
    expect(requests).toEqual(["DELETE /responses/r1,r2"]);
  });

  it("gives each id of `update id1 id2` the object of --data, wrapped in the envelope", async () => {
    let sent: unknown;
    const { code } = await cli(["teams", "update", "t1", "t2", "--data", '{"name":"Support"}'], {
      fetch: async (r) => {
        sent = { path: new URL(r.url).pathname, body: await r.clone().json() };
        return fetch(r);
      },
    });
    expect(code).toBe(0);
    expect(sent).toEqual({
      path: "/teams/t1,t2",
      body: {
        teams: [
          { name: "Support", id: "t1" },
          { name: "Support", id: "t2" },
        ],
      },
    });
  });

  it("accepts the envelope whole, and --field on top of --data", async () => {
    let body: unknown;
    const capture = async (r: Request) => {
      body = await r.clone().json();
      return fetch(r);
    };
    const task = '{"tasks":{"title":"Call Ann","team":"t1","organization":"o1"}}';
    await cli(["tasks", "create", "--data", task, "--field", "description=Today"], {
      fetch: capture,
    });
    expect(body).toEqual({
      tasks: { title: "Call Ann", team: "t1", organization: "o1", description: "Today" },
    });
  });

  it("reads --data from a file or from stdin", async () => {
    let body: unknown;
    const capture = async (r: Request) => {
      body = await r.clone().json();
      return fetch(r);
    };
    const dir = tempDir();
    writeFileSync(join(dir, "hook.json"), '{"type":"new_comment","url":"https://example.com/h"}');
    const fromFile = await cli(["hooks", "create", "--data", "@hook.json"], {
      cwd: dir,
      fetch: capture,
    });
    expect(fromFile.code).toBe(0);
    expect(body).toEqual({ hooks: { type: "new_comment", url: "https://example.com/h" } });
    const fromStdin = await cli(["hooks", "create", "--data", "-"], {
      stdin: '{"hooks":{"type":"new_comment","url":"https://example.com/s"}}',
      fetch: capture,
    });
    expect(fromStdin.code).toBe(0);
    expect(body).toEqual({ hooks: { type: "new_comment", url: "https://example.com/s" } });
    expect((await cli(["hooks", "create", "--data", "@missing.json"], { cwd: dir })).code).toBe(2);
  });

  it("selects --fields, and shows a table on a terminal", async () => {
    const json = await cli(["users", "list", "--fields", "id,email"]);
    expect(JSON.parse(json.stdout)).toEqual([
      { id: expect.any(String), email: expect.any(String) },
    ]);
    const tty = await cli(["users", "list"], { tty: true });
    expect(tty.stdout.split("\n")[0]).toMatch(/^ID\s+NAME\s+EMAIL$/);
  });

  it("--help shows enums, defaults and bounds", async () => {
    const { code, stdout } = await cli(["contacts", "list", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--order <last_name|last_modified>");
    expect(stdout).toMatch(/--limit <n>.*integer, 1–200, default 50/);
    expect(stdout).toMatch(/--contact-book .*required/);
    const conversations = await cli(["conversations", "list", "--help"]);
    expect(conversations.stdout).toContain("--query-all");
    expect(conversations.stdout).toContain("--all, --paginate");
    const top = await cli(["--help"]);
    expect(top.stdout).toContain("contact-books");
    const resource = await cli(["conversations", "--help"]);
    expect(resource.stdout).toContain("list-messages <conversation-id>");
  });
});

/**
 * `--tools code`: `execute` runs the agent's code against the simulator through the server's
 * client; `search_api` documents the client's methods from the catalogue.
 */
import { describe, expect, it } from "vitest";
import { parseOptions } from "../src/args.js";
import { executeDescription } from "../src/code-mode/execute-tool.js";
import { defaultCodeLimits, defaultPolicy } from "../src/index.js";
import { executed, inMode, loadedMachineMs } from "./code-helpers.js";
import { textOf } from "./helpers.js";

type Entity = Record<string, unknown>;

describe("code mode", { timeout: loadedMachineMs }, () => {
  it("lists two tools in well under 1,500 tokens", async () => {
    await inMode("code", async ({ client }) => {
      const listed = await client.listTools();
      expect(listed.tools.map((tool) => tool.name)).toEqual(["search_api", "execute"]);
      expect(JSON.stringify(listed).length / 4).toBeLessThan(1_500);
    });
  });

  it("walks a list with for await and returns an aggregate, with console.log output", async () => {
    await inMode(
      "code",
      async ({ execute, sim }) => {
        const answer = executed(
          await execute(`
              const perDomain: Record<string, number> = {};
              for await (const c of missive.conversations.listAll({ inbox: true, limit: 50 })) {
                const address: string = c.authors?.[0]?.address ?? "";
                const domain = address.split("@")[1] ?? "(none)";
                perDomain[domain] = (perDomain[domain] ?? 0) + 1;
              }
              console.log("domains", Object.keys(perDomain).length);
              return perDomain;`),
        );
        const expected: Record<string, number> = {};
        for (const c of sim.state.conversations) {
          const address = String((c.authors as Entity[])[0]?.address ?? "");
          const domain = address.split("@")[1] ?? "(none)";
          expected[domain] = (expected[domain] ?? 0) + 1;
        }
        expect(answer.result).toEqual(expected);
        expect(answer.logs).toBe(`domains ${Object.keys(expected).length}\n`);
        // 150 conversations at 50 a page: 4 requests (the last page is empty or short).
        expect(answer.api_calls).toBe(sim.stats.requests);
        expect(answer.api_calls).toBeLessThanOrEqual(4);
      },
      { sim: { data: { conversations: 150 }, rateLimit: false } },
    );
  });

  it("writes through the client: closes conversations with one PATCH", async () => {
    await inMode(
      "code",
      async ({ execute, sim }) => {
        const ids = sim.state.conversations.slice(0, 3).map((c) => String(c.id));
        const answer = executed(
          await execute(
            `const done = await missive.conversations.update(${JSON.stringify(ids)}.map((id) => ({ id, close: true })));
               return done.map((c) => c.id);`,
          ),
        );
        expect(answer.result).toEqual(ids);
        for (const id of ids) {
          const c = sim.state.conversations.find((x) => x.id === id) as Entity;
          expect((c.users as Entity[]).every((u) => u.closed === true)).toBe(true);
        }
      },
      { sim: { rateLimit: false } },
    );
  });

  it("reports an error at the agent's own line and column, TypeScript included", async () => {
    await inMode("code", async ({ execute }) => {
      const failed = await execute("const a: number = 1;\nconst b = null as any;\nreturn b.x;");
      expect(failed.isError).toBe(true);
      expect(textOf(failed)).toMatch(
        /TypeError: cannot read property 'x' of null \(line 3, column \d+\)/,
      );
      const syntax = await execute("const a = 1;\nconst = 2;");
      expect(syntax.isError).toBe(true);
      // One position, the agent's own: not also the wrapped script's "(3:6)".
      expect(textOf(syntax)).toMatch(/^SyntaxError: Unexpected token \(line 2, column \d+\)\./);
      const thrown = await execute('throw { message: "no name" };');
      expect(textOf(thrown)).toMatch(/^Error: no name\./);
      const deep = await execute("function f(): number { return f() + 1; }\nreturn f();");
      expect(textOf(deep)).toContain("the stack limit was reached (too deep a recursion)");
      expect(textOf(deep)).toContain("[limit: stack]");
    });
  });

  it("lets the code catch a Missive error and go on", async () => {
    await inMode("code", async ({ execute }) => {
      const answer = executed(
        await execute(
          "try { await missive.conversations.get('no-such-id'); } catch (e) { return e.message; }",
        ),
      );
      expect(String(answer.result)).toMatch(/404.*check the id/i);
    });
  });

  it("search_api finds methods by words and gives one method's types in full", async () => {
    await inMode("code", async ({ client }) => {
      const search = async (query: string) =>
        textOf((await client.callTool({ name: "search_api", arguments: { query } })) as never);
      const found = await search("list conversations");
      expect(found.split("\n")[0]).toMatch(
        /^missive\.conversations\.list\(query\?: \{.*inbox\?: boolean/,
      );
      expect(found).toContain("missive.conversations.listAll(query)");
      const exact = await search("conversations.update");
      expect(exact).toMatch(
        /^missive\.conversations\.update\(items: \{ id: string;.*close\?: boolean/,
      );
      // Trimmed to what was asked: the exact method only, not its neighbours.
      expect(exact).not.toContain("missive.conversations.list(");
      expect(found.length).toBeLessThan(6_000);
    });
  });

  it("takes its limits from --code-time, --code-memory, --code-api-calls and --code-output", async () => {
    const { codeLimits } = parseOptions([
      "--code-api-calls",
      "3",
      "--code-time",
      "5",
      "--code-output",
      "100",
      "--code-concurrency",
      "2",
    ]);
    expect(codeLimits).toEqual({
      timeMs: 5_000,
      memoryBytes: 64 * 2 ** 20,
      apiCalls: 3,
      outputChars: 100,
      concurrency: 2,
    });
    expect(parseOptions([]).codeLimits.concurrency).toBe(4);
    expect(() => parseOptions(["--code-concurrency", "0"])).toThrow(
      /--code-concurrency must be a whole number from 1 to 64/,
    );
    expect(() => parseOptions(["--code-memory", "0"])).toThrow(
      /--code-memory must be a whole number/,
    );
    await inMode(
      "code",
      async ({ execute, sim }) => {
        const failed = await execute("for (let i = 0; i < 10; i++) await missive.users.list();");
        expect(textOf(failed)).toContain("the limit of 3 API calls per execution was reached");
        expect(sim.stats.requests).toBe(3);
        const cut = executed(await execute('console.log("y".repeat(500)); return 1;'));
        expect(cut.logs).toMatch(
          /^y{100}\n\[output truncated: 401 more characters over the 100-character limit/,
        );
      },
      { limits: codeLimits },
    );
  });

  it("tells the model in execute's description which calls will throw under the server's flags", () => {
    const say = (policy: Partial<typeof defaultPolicy>) =>
      executeDescription({ ...defaultPolicy, ...policy }, defaultCodeLimits)
        .split(". ")
        .at(-1);
    expect(say({})).toBe(
      "Writes work; sending (send/send_at, messages.create) and deletes/merges throw.",
    );
    expect(say({ allowSend: true })).toBe("Writes work; deletes/merges throw.");
    expect(say({ allowDestructive: true })).toBe(
      "Writes work; sending (send/send_at, messages.create) throw.",
    );
    expect(say({ allowSend: true, allowDestructive: true })).toBe(
      "Writes, sending and deletes work.",
    );
    expect(say({ readOnly: true, allowSend: true })).toBe(
      "This server is read-only: writes throw.",
    );
  });
});

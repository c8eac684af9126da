/**
 * The sandbox as a security boundary, over a real MCP client against the simulator: escapes
 * are refused, runaway code is stopped by its limit while the server keeps answering, the
 * policy holds inside code, and the token is nowhere the code or the model can see.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runInSandbox } from "../src/code-mode/sandbox.js";
import { defaultCodeLimits } from "../src/index.js";
import { executed, inMode, loadedMachineMs } from "./code-helpers.js";
import { TOKEN, textOf } from "./helpers.js";

type Entity = Record<string, unknown>;
const noLimiter = { rateLimit: false as const };

describe("sandbox escapes are refused", { timeout: loadedMachineMs }, () => {
  it("has no way to the host's process through constructors", async () => {
    await inMode("code", async ({ execute }) => {
      const failed = await execute('return this.constructor.constructor("return process")();');
      expect(failed.isError).toBe(true);
      expect(textOf(failed)).toContain("ReferenceError: 'process' is not defined");
      const viaFunction = await execute(
        'return [Function("return typeof globalThis.process")(), (async () => {}).constructor.name];',
      );
      expect(executed(viaFunction).result).toEqual(["undefined", "AsyncFunction"]);
    });
  });

  it("refuses import(), fetch, require and timers", async () => {
    await inMode("code", async ({ execute }) => {
      const imported = await execute(
        'const fs = await import("node:fs"); return fs.readFileSync("/etc/passwd", "utf8");',
      );
      expect(imported.isError).toBe(true);
      expect(textOf(imported)).toMatch(/could not load module/);
      const globals = executed(
        await execute(
          "return [typeof fetch, typeof require, typeof process, typeof setTimeout, typeof XMLHttpRequest, typeof WebSocket];",
        ),
      );
      expect(globals.result).toEqual(Array(6).fill("undefined"));
      const fetched = await execute('return await fetch("http://127.0.0.1/");');
      expect(textOf(fetched)).toContain("ReferenceError: 'fetch' is not defined");
      const required = await execute('return require("child_process");');
      expect(textOf(required)).toContain("ReferenceError: 'require' is not defined");
      const staticImport = await execute(
        'import fs from "fs";\nreturn fs.readFileSync("/etc/passwd", "utf8");',
      );
      expect(staticImport.isError).toBe(true);
    });
  });

  it("keeps the bridge intact when the code pollutes prototypes or replaces JSON and missive", async () => {
    await inMode("code", async ({ execute, sim }) => {
      const conversation = String(sim.state.conversations[0]?.id);
      const answer = executed(
        await execute(`
            Object.prototype.send = true;
            Array.prototype.send = true;
            JSON.stringify = () => '[{"send":true,"body":"hijacked"}]';
            JSON.parse = () => ({ ok: true, value: "forged" });
            const original = missive.drafts.create;
            try { missive.drafts.create = async () => "replaced"; } catch {}
            try { missive.drafts = {}; } catch {}
            const draft = await missive.drafts.create({ conversation: ${JSON.stringify(conversation)}, body: "<p>hello</p>", to_fields: [{ address: "a@b.test" }] });
            return { same: missive.drafts.create === original, id: typeof draft.id };`),
      );
      expect(answer.result).toEqual({ same: true, id: "string" });
      const sent = sim.stats.posts.at(-1) as { drafts: Entity };
      expect(sent.drafts.body).toBe("<p>hello</p>");
      expect(sent.drafts.send).toBeUndefined();
      // Nothing of the sandbox's pollution reached the host.
      expect(({} as Entity).send).toBeUndefined();
    });
  });

  it("refuses prototype keys in arguments before anything is sent", async () => {
    await inMode("code", async ({ execute, sim }) => {
      const id = String(sim.state.conversations[0]?.id);
      const answer = executed(
        await execute(`
            const items = JSON.parse('[{"id":${JSON.stringify(id)},"__proto__":{"close":true}}]');
            try { await missive.conversations.update(items); return "sent"; } catch (e) { return e.message; }`),
      );
      expect(answer.result).toMatch(/"__proto__" is not allowed/);
      expect(sim.stats.requests).toBe(0);
      expect(({} as Entity).close).toBeUndefined();
    });
  });

  it("gives each execution a fresh runtime: nothing of another execution is visible", async () => {
    await inMode("code", async ({ execute }) => {
      executed(
        await execute(
          'globalThis.leak = "from the first run"; Object.prototype.poisoned = 1; return 1;',
        ),
      );
      const [second, concurrent] = await Promise.all([
        execute("return [typeof leak, typeof ({}).poisoned];"),
        execute("globalThis.other = 1; return typeof leak;"),
      ]);
      expect(executed(second).result).toEqual(["undefined", "undefined"]);
      expect(executed(concurrent).result).toBe("undefined");
    });
  });
});

describe("runaway code is stopped by its limit while the server keeps answering", {
  timeout: loadedMachineMs,
}, () => {
  it("interrupts while(true){} at the wall time limit; other calls are answered meanwhile", async () => {
    // A 20 s limit: on a loaded 2-core CI machine the two other calls (one starts its own worker)
    // took longer than 8 s once. The proof is unchanged: both are answered while the loop spins,
    // and the loop itself ends only by its limit, not earlier.
    const limitMs = 20_000;
    await inMode(
      "code",
      async ({ client, execute }) => {
        const order: string[] = [];
        const started = Date.now();
        let spunFor = 0;
        const spinning = execute("while (true) {}").then((result) => {
          spunFor = Date.now() - started;
          order.push("execute");
          return result;
        });
        const answered = await client.callTool({
          name: "search_api",
          arguments: { query: "users" },
        });
        order.push("search_api");
        const other = await execute("return 2 + 2;");
        order.push("second execute");
        const stopped = await spinning;
        expect(order).toEqual(["search_api", "second execute", "execute"]);
        expect(spunFor).toBeGreaterThanOrEqual(limitMs);
        expect(textOf(answered as never)).toContain("missive.users.list");
        expect(executed(other).result).toBe(4);
        expect(stopped.isError).toBe(true);
        expect(textOf(stopped)).toContain("the wall time limit (20 s) was reached [limit: time]");
      },
      { limits: { timeMs: limitMs } },
    );
  });

  it("ends code that catches the time interrupt at the time limit, not with its own result", async () => {
    await inMode(
      "code",
      async ({ execute }) => {
        for (const code of [
          'try { while (true) {} } catch (e) { return "escaped: " + e; }',
          // The interrupt raised inside a Proxy trap while the bridge reads the arguments.
          'const p = new Proxy({}, { ownKeys() { while (true) {} } });\ntry { await missive.users.list(p); } catch (e) { return "escaped: " + e.message; }',
        ]) {
          const stopped = await execute(code);
          expect(stopped.isError, code).toBe(true);
          expect(textOf(stopped), code).not.toContain("escaped");
          expect(textOf(stopped), code).toContain(
            "the wall time limit (2 s) was reached [limit: time]",
          );
        }
      },
      { limits: { timeMs: 2_000 } },
    );
  });

  it("passes no bridge call to the host after a caught time interrupt", async () => {
    // The sandbox alone, with a host that counts: code that catches the interrupt raised in a
    // Proxy trap runs on before the worker's timer can mark the deadline.
    let calls = 0;
    const host = { handle: async () => (calls += 1) };
    const limits = { ...defaultCodeLimits, timeMs: 1_000 };
    const outcome = await runInSandbox(
      'const p = new Proxy({}, { ownKeys() { while (true) {} } });\ntry { await missive.users.list(p); } catch {}\nawait missive.users.list();\nreturn "escaped";',
      limits,
      [["users", "list", null]],
      host,
    );
    expect(outcome.error?.limit).toBe("time");
    expect(calls).toBe(0);
  });

  it("stops a 1 GB allocation at the memory limit", async () => {
    await inMode("code", async ({ execute }) => {
      for (const code of [
        "const big = new ArrayBuffer(1024 ** 3); return big.byteLength;",
        "return new Array(2 ** 27).fill(1.5).length;",
      ]) {
        const failed = await execute(code);
        expect(failed.isError, code).toBe(true);
        expect(textOf(failed), code).toContain("the memory limit (64 MB) was reached");
        expect(textOf(failed), code).toContain("[limit: memory]");
      }
      expect(executed(await execute("return 1;")).result).toBe(1);
    });
  });

  it("ends code that catches the memory limit at that limit: no API call or log after it", async () => {
    // Each catches the out-of-memory error its own way, then tries to go on.
    const swallowers = [
      // A catch-and-continue loop, after one API call that is allowed.
      "await missive.users.list();\nfor (let i = 0; i < 5; i++) {\n  try { const hog = []; while (true) hog.push(new Array(10000).fill(i)); } catch {}\n}",
      // Memory still full inside the catch block (the array lives outside the try).
      'const hog = [];\ntry { while (true) hog.push("x".repeat(1000) + hog.length); } catch (e) { console.log("caught " + e); }',
      "try { new ArrayBuffer(1024 ** 3); } catch ({ message }) { console.log(message); }",
      // A `break` in `finally` swallows the error without any catch clause.
      "for (;;) { try { const hog = []; while (true) hog.push([1, 2, 3]); } finally { break; } }",
      // A promise handler.
      'const r = await (async () => { const hog = []; while (true) hog.push(new Array(1000)); })().catch(() => "swallowed");',
      "const all = await Promise.allSettled([(async () => { const hog = []; while (true) hog.push({}); })()]);",
      // A promise nobody awaits.
      "(async () => { const hog = []; while (true) hog.push(new ArrayBuffer(2 ** 20)); })();",
      // 100 MB held in buffers, no error caught: QuickJS counted each buffer as 8 bytes.
      "const hog = [];\nfor (let i = 0; i < 100; i++) hog.push(new ArrayBuffer(2 ** 20));",
    ];
    await inMode(
      "code",
      async ({ client, execute, sim }) => {
        for (const code of swallowers) {
          const before = sim.stats.requests;
          const stopped = await execute(
            `${code}\nawait missive.users.list();\nconsole.log("went on");\nreturn "escaped";`,
          );
          const text = textOf(stopped);
          expect(stopped.isError, code).toBe(true);
          expect(text, code).toContain("the memory limit (16 MB) was reached [limit: memory]");
          expect(text, code).not.toMatch(/escaped|went on|caught|swallowed/);
          expect(sim.stats.requests - before, code).toBe(code.startsWith("await") ? 1 : 0);
        }
        // The server keeps serving: a search and a new execution are answered.
        const found = await client.callTool({ name: "search_api", arguments: { query: "users" } });
        expect(textOf(found as never)).toContain("missive.users.list");
        expect(executed(await execute("return 2 + 2;")).result).toBe(4);
        // What looks like the word is not a catch: strings, property names and regexps stay.
        const plain = await execute(
          'const o = { catch: 1, finally: 2 };\nconst p = Promise.reject(new Error("no")).catch((e) => e.message);\ntry { throw new RangeError("mine"); } catch ({ message }) { return [o.catch, await p, message, "catch {", /finally {/.source]; }',
        );
        expect(executed(plain).result).toEqual([1, "no", "mine", "catch {", "finally {"]);
      },
      { limits: { memoryBytes: 16 * 2 ** 20 } },
    );
  });

  it("ends 10,000 API calls at 200, having sent 200", async () => {
    await inMode(
      "code",
      async ({ execute, sim }) => {
        const failed = await execute(
          "for (let i = 0; i < 10000; i++) { try { await missive.users.list(); } catch {} }\nreturn 'all done';",
        );
        expect(failed.isError).toBe(true);
        expect(textOf(failed)).toContain("the limit of 200 API calls per execution was reached");
        expect(textOf(failed)).toContain("[limit: api_calls]");
        expect(sim.stats.requests).toBe(200);
      },
      { sim: noLimiter },
    );
  });

  it("cuts 100 MB of console.log to the output limit, with a notice", async () => {
    await inMode("code", async ({ execute }) => {
      const answer = await execute(
        'const line = "x".repeat(1024 * 1024);\nfor (let i = 0; i < 100; i++) console.log(line);\nreturn "done";',
      );
      const parsed = executed(answer);
      expect(parsed.result).toBe("done");
      expect(parsed.logs).toContain("[output truncated:");
      expect(textOf(answer).length).toBeLessThan(21_000);
    });
  });
});

describe("the policy holds inside code", { timeout: loadedMachineMs }, () => {
  it("a --read-only server refuses a write made from code, which can catch it, and sends nothing", async () => {
    await inMode(
      "code",
      async ({ execute, sim }) => {
        const id = String(sim.state.conversations[0]?.id);
        const answer = executed(
          await execute(`
            const refused = [];
            for (const write of [
              () => missive.conversations.update([{ id: ${JSON.stringify(id)}, close: true }]),
              () => missive.drafts.create({ conversation: ${JSON.stringify(id)}, body: "x" }),
              () => missive.drafts.delete("some-draft"),
            ]) {
              try { await write(); refused.push("sent"); } catch (e) { refused.push(e.message); }
            }
            return refused;`),
        );
        const messages = answer.result as string[];
        expect(messages).toHaveLength(3);
        for (const message of messages) expect(message).toContain("--read-only");
        expect(sim.stats.requests).toBe(0);
        expect(sim.stats.mutations).toHaveLength(0);
      },
      { policy: { readOnly: true } },
    );
  });

  it("refuses sending without --allow-send and deletes without --allow-destructive", async () => {
    await inMode("code", async ({ execute, sim }) => {
      const id = String(sim.state.conversations[0]?.id);
      const answer = executed(
        await execute(`
            const out = [];
            try { await missive.drafts.create({ conversation: ${JSON.stringify(id)}, body: "x", to_fields: [{ address: "a@b.test" }], send: true }); out.push("sent"); } catch (e) { out.push(e.message); }
            try { await missive.drafts.delete("d1"); out.push("deleted"); } catch (e) { out.push(e.message); }
            return out;`),
      );
      const [send, remove] = answer.result as string[];
      expect(send).toContain("--allow-send");
      expect(remove).toContain("--allow-destructive");
      expect(sim.stats.requests).toBe(0);
    });
  });
});

describe("the token", { timeout: loadedMachineMs }, () => {
  let written: string[] = [];
  beforeEach(() => {
    written = [];
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stderr, "write").mockImplementation(capture as never);
    vi.spyOn(process.stdout, "write").mockImplementation(capture as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it("never appears in a result, an error, a log line or a sandbox global", async () => {
    await inMode(
      "code",
      async ({ execute, client }) => {
        const results = [
          await execute(`
              const seen = [];
              const visit = (value, depth) => {
                if (depth > 3 || value === null) return;
                for (const key of Object.getOwnPropertyNames(value)) {
                  let item;
                  try { item = value[key]; } catch { continue; }
                  try { seen.push(key + "=" + String(item)); } catch { seen.push(key); }
                  if (typeof item === "object" || typeof item === "function") visit(item, depth + 1);
                }
              };
              visit(globalThis, 0);
              return seen;`),
          await execute("return missive.conversations.get('missing');"),
          await execute("await missive.conversations.listMessages('x'); return 1;"),
          await execute("throw new Error(JSON.stringify(Object.keys(globalThis)));"),
          await execute(
            "for await (const u of missive.users.listAll()) console.log(JSON.stringify(u)); return 'ok';",
          ),
          await client.callTool({ name: "search_api", arguments: { query: "token" } }),
        ];
        expect(executed(results[0] as never).result).not.toHaveLength(0);
        expect(executed(results[4] as never).logs).toContain("@sim.test");
        expect(JSON.stringify(results)).not.toContain(TOKEN);
        expect(written.join("")).not.toContain(TOKEN);
      },
      { sim: { ...noLimiter, faults: { rate: 0.3, kinds: ["500"] } } },
    );
  });
});

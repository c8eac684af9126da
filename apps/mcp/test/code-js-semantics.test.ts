/**
 * `execute` runs valid code exactly as JavaScript says, although catch-guard.ts rewrites every
 * `catch`/`finally` and the prelude wraps `Promise.prototype.then`. Each program of the corpus
 * runs twice: through `execute` (QuickJS, the guard, sucrase) and in plain Node (`node:vm`, the
 * types removed by `typescript` instead of sucrase, no guard), in a child process so the
 * programs' unhandled rejections stay theirs. Result, logs, error name, message and line must
 * be the same. Engine-made error messages differ between QuickJS and V8, so the programs print
 * error names and classes instead.
 */
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { inMode, loadedMachineMs } from "./code-helpers.js";
import { corpus, type Program } from "./code-js-corpus.js";
import { textOf } from "./helpers.js";

/** What an execution answered, in one shape for both engines. */
interface Answer {
  ok: boolean;
  result?: unknown;
  name?: string | undefined;
  message?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  logs: string;
}

/**
 * Runs in the child: the same wrapper (one line before the code, mapped away with
 * `lineOffset`), the same `console.log` formatting and error description as the prelude.
 */
const reference = String.raw`
const vm = require("node:vm");
process.on("unhandledRejection", () => {});
const show = (v) => {
  if (typeof v === "string") return v;
  try { const t = JSON.stringify(v); return t === undefined ? String(v) : t; } catch { return String(v); }
};
const position = (error) => {
  const frame = /code\.js:(\d+)(?::(\d+))?/.exec(String((error && error.stack) || ""));
  return frame ? { line: Number(frame[1]), column: frame[2] ? Number(frame[2]) : undefined } : {};
};
const run = (js) => new Promise((resolve) => {
  let logs = "";
  let done = false;
  const log = (...args) => { if (!done) logs += args.map(show).join(" ") + "\n"; };
  const context = vm.createContext({ console: { log, info: log, warn: log, error: log, debug: log } });
  const finish = (answer) => { if (!done) { done = true; resolve({ ...answer, logs }); } };
  const fail = (error) => {
    if (error === null || typeof error !== "object") return finish({ ok: false, name: "Error", message: String(error) });
    finish({ ok: false, name: error.name === undefined ? "Error" : String(error.name), message: String(error.message), ...position(error) });
  };
  context.__ok = (value) => {
    try { finish({ ok: true, result: JSON.parse(JSON.stringify(value === undefined ? null : value) ?? "null") }); }
    catch (error) { finish({ ok: false, name: "TypeError", message: "not JSON" }); }
  };
  context.__fail = fail;
  try {
    // The engine's then, taken before the code runs, as the prelude does: code that replaces
    // Promise.prototype.then does not see this call.
    vm.runInContext("var __then = Promise.prototype.then", context);
    new vm.Script("async function __main__() {\n" + js + "\n}", { filename: "code.js", lineOffset: -1 }).runInContext(context);
    vm.runInContext("__then.call(__main__(), __ok, __fail)", context);
  } catch (error) { fail(error); }
});
(async () => {
  const programs = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
  const answers = [];
  for (const js of programs) answers.push(await run(js));
  process.stdout.write(JSON.stringify(answers));
})();
`;

/** Types removed by the TypeScript compiler itself: an independent check of sucrase's output. */
function plainJs(program: Program): string {
  if (!program.ts) return program.code;
  const out = ts.transpileModule(program.code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: false },
    reportDiagnostics: false,
  });
  return out.outputText;
}

function inNode(programs: Program[]): Answer[] {
  const stdout = execFileSync(process.execPath, ["-e", reference], {
    input: JSON.stringify(programs.map(plainJs)),
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(stdout) as Answer[];
}

const failure =
  /^(\w+): ([\s\S]*?)(?: \(line (\d+)(?:, column (\d+))?\))?\. API calls made: \d+\.(?:\nconsole\.log output:\n([\s\S]*))?$/;

function parseExecute(result: CallToolResult): Answer {
  const text = textOf(result);
  if (!result.isError) {
    const body = JSON.parse(text) as { result: unknown; logs?: string };
    return { ok: true, result: body.result, logs: body.logs ?? "" };
  }
  const match = failure.exec(text);
  if (!match) throw new Error(`unexpected execute failure: ${text}`);
  const answer: Answer = { ok: false, name: match[1], message: match[2], logs: match[5] ?? "" };
  if (match[3]) answer.line = Number(match[3]);
  if (match[4]) answer.column = Number(match[4]);
  return answer;
}

/** What is compared with Node: no column (V8 and QuickJS count them differently). */
function comparable(answer: Answer, program: Program): Answer {
  const { column, ...rest } = answer;
  if (program.errorNameOnly)
    return { ok: rest.ok, name: rest.name, line: rest.line, logs: rest.logs };
  if (program.engine) delete rest.line;
  return rest;
}

describe("execute keeps JavaScript's semantics", { timeout: loadedMachineMs * 3 }, () => {
  it(`answers like Node for each of the ${corpus.length} corpus programs`, async () => {
    const expected = inNode(corpus);
    const differences: string[] = [];
    await inMode(
      "code",
      async ({ execute }) => {
        for (const [i, program] of corpus.entries()) {
          const got = comparable(parseExecute(await execute(program.code)), program);
          const want = comparable(expected[i] as Answer, program);
          if (!isDeepStrictEqual(got, want)) {
            differences.push(
              `${program.name}\n  execute: ${JSON.stringify(got)}\n  node:    ${JSON.stringify(want)}`,
            );
          }
          if (program.column === undefined) continue;
          const guarded = parseExecute(await execute(program.code)).column;
          const plain = parseExecute(await execute(program.column)).column;
          if (guarded === undefined || guarded !== plain) {
            differences.push(`${program.name}\n  column ${guarded}, without the catch ${plain}`);
          }
        }
      },
      { sim: { rateLimit: false } },
    );
    expect(differences.join("\n")).toBe("");
  });
});

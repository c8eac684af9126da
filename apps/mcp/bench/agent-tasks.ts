/**
 * `pnpm --filter @missive-ts/mcp bench:agent`: the three agent tasks of issue 23, each run by
 * a scripted agent (a fixed sequence of the calls a model would make) in each mode against a
 * fresh simulator. Per task and mode: the tokens of `tools/list`, the tokens of every result
 * (bytes ÷ 4), tool calls, requests to Missive, and whether the simulator's end state is right.
 */
import type { ToolMode } from "../src/index.js";
import { codeAgents } from "./agent/code-agents.js";
import { openSession, type Session } from "./agent/session.js";
import { dynamicUse, staticUse, toolAgents, type Use } from "./agent/tool-agents.js";
import { check, startWorld, type World } from "./agent/world.js";

type TaskName = keyof typeof toolAgents;
const tasks: [TaskName, string, (world: World, answer: unknown) => boolean][] = [
  [
    "perDomain",
    "count open inbox conversations per sender domain (500)",
    (w, a) => check.perDomain(w, a),
  ],
  [
    "refunds",
    'draft a reply in every "Refunds" conversation waiting > 48 h',
    (w) => check.drafts(w),
  ],
  ["closeDomain", "close every conversation from a domain", (w) => check.closed(w)],
];
const modes: ToolMode[] = ["static", "dynamic", "code"];

async function runOne(task: TaskName, mode: ToolMode) {
  const world = await startWorld();
  const session: Session = await openSession(world.sim, mode);
  try {
    const before = world.sim.stats.requests;
    let answer: unknown;
    if (mode === "code") answer = await codeAgents[task](session);
    else {
      const use: Use = mode === "static" ? staticUse(session) : dynamicUse(session);
      answer = await toolAgents[task](use);
    }
    const spec = tasks.find(([name]) => name === task);
    return {
      definition: session.definitionTokens,
      results: Math.round(session.resultBytes / 4),
      calls: session.calls,
      requests: world.sim.stats.requests - before,
      correct: spec ? spec[2](world, answer) : false,
    };
  } finally {
    await session.close();
    await world.sim.stop();
  }
}

const n = (value: number) => value.toLocaleString("en");
const lines = [
  "| task | mode | definition tokens | result tokens | tool calls | API requests | correct |",
  "| --- | --- | ---: | ---: | ---: | ---: | --- |",
];
const summary: string[] = [];
for (const [task, label] of tasks) {
  const rows = new Map<ToolMode, Awaited<ReturnType<typeof runOne>>>();
  for (const mode of modes) {
    const row = await runOne(task, mode);
    rows.set(mode, row);
    lines.push(
      `| ${label} | ${mode} | ${n(row.definition)} | ${n(row.results)} | ${row.calls} | ${row.requests} | ${row.correct ? "yes" : "NO"} |`,
    );
  }
  const code = rows.get("code");
  const stat = rows.get("static");
  if (code && stat) {
    summary.push(
      `${label}: code mode ${code.calls} calls, ${((100 * code.results) / stat.results).toFixed(1)} % of static's result tokens`,
    );
  }
}
process.stdout.write(`${lines.join("\n")}\n\n${summary.join("\n")}\n`);

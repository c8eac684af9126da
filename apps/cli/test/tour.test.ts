/**
 * The quick start's tour (`npm run quickstart` → `pnpm demo`) runs against the simulator, so
 * each step shows the effect of the one before: the closed conversation is the one named, the
 * post and the label land on it, and the analytics report that was waited for has counts.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const cliDir = join(import.meta.dirname, "..");
interface Step {
  output: string;
  after: string;
  exit: number;
}
let steps: Map<string, Step>;

/** `$ missive <args>` blocks of the tour's output, by their first words. */
function parseTour(stdout: string): Map<string, Step> {
  const found = new Map<string, Step>();
  for (const block of stdout.split("\n$ missive ").slice(1)) {
    const [command = "", ...rest] = block.split("\n");
    const body = rest.join("\n");
    const exit = Number(/\(exit (\d+)\)/.exec(body)?.[1]);
    const end = body.indexOf("(exit");
    found.set(command, { output: body.slice(0, end), after: body.slice(end), exit });
  }
  return found;
}

function step(prefix: string): Step & { json: () => unknown } {
  const entry = [...steps].find(([command]) => command.startsWith(prefix));
  if (!entry) throw new Error(`the tour has no step "missive ${prefix}…"`);
  return { ...entry[1], json: () => JSON.parse(entry[1].output) };
}

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(
    join(cliDir, "../../node_modules/.bin/tsx"),
    ["--conditions=missive-ts-source", "scripts/tour.ts"],
    { cwd: cliDir, env: { ...process.env, MISSIVE_API_TOKEN: "", MISSIVE_BASE_URL: "" } },
  );
  steps = parseTour(stdout);
}, 60_000);

describe("the quick-start tour", () => {
  it("closes the conversation it names, and labels, posts to and exports that same one", () => {
    const [newest] = step("conversations list --inbox").json() as Array<{ id: string }>;
    const id = newest?.id as string;
    expect(step("conversations close").output).toContain(`PATCH /conversations/${id}`);
    expect(step(`conversations close ${id} --fields`).json()).toEqual([{ id }]);
    expect(step(`conversations label ${id}`).json()).toEqual([{ id }]);
    const post = step("post --conversation").json() as { id: string; conversation: string };
    expect(post.conversation).toBe(id);
    expect(step(`conversations list-posts ${id}`).json()).toMatchObject([{ id: post.id }]);
    // The tour prints the file's first lines after the export's exit code.
    const csvLines = step("export conversations").after.split("\n");
    expect(csvLines.find((line) => line.startsWith(`${id},`))).toMatch(/,Refunds$/);
  });

  it("waits for a real analytics report", () => {
    const report = step("analytics report").json() as Record<string, unknown>;
    expect(report.conversations_count).toEqual(expect.any(Number));
    expect(step("analytics report").exit).toBe(0);
  });

  it("every step but the deliberate usage error succeeds", () => {
    for (const [command, { exit }] of steps) {
      expect(exit, `missive ${command}`).toBe(command.includes("--kind team") ? 2 : 0);
    }
  });
});

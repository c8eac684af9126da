import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { DriftResult } from "../src/check-drift.ts";
import { repoRoot } from "../src/locations.ts";

const run = promisify(execFile);
export const bundledSpec = join(repoRoot, "packages/schema/src/generated/openapi.json");

/** `pnpm spec:drift …` as a maintainer runs it: the CLI in a child process, from the repository root. */
export async function runDrift(args: string[]) {
  const tsx = join(repoRoot, "node_modules/.bin/tsx");
  const result = await run(tsx, [join(repoRoot, "tools/docs-diff/src/cli.ts"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, INIT_CWD: repoRoot, NO_COLOR: "1" },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === "number" ? error.code : -1,
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? "",
    }),
  );
  const json =
    args.includes("--json") && result.stdout
      ? (JSON.parse(result.stdout) as DriftResult)
      : undefined;
  return { ...result, json };
}

/** The fields of a difference a maintainer reads: what, where and how. */
export const named = (d: { kind: string; operation: string; subject: string; detail: string }) => ({
  kind: d.kind,
  operation: d.operation,
  subject: d.subject,
  detail: d.detail,
});

/**
 * `pnpm spec:drift [docs.md] [--json] [--spec openapi.yaml|bundled.json] [--log RECONCILIATION.md]`
 * compares Missive's endpoint docs (default: the seed docs in ../shared/seeds) with the spec
 * (default: spec/openapi.yaml, bundled as `pnpm generate` does) and exits 1 when a difference
 * is not explained by spec/RECONCILIATION.md, 2 when it cannot run.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkDrift } from "./check-drift.ts";
import { loadSpec } from "./load-spec.ts";
import { defaultLog, defaultSpec, seedDocsPath } from "./locations.ts";
import { formatReport } from "./report.ts";

// pnpm runs root scripts from the repository root; paths are meant from where the user typed.
const here = process.env.INIT_CWD ?? process.cwd();

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      spec: { type: "string" },
      log: { type: "string" },
    },
  });
  if (positionals.length > 1)
    throw new Error(
      `Pass one docs file, not ${positionals.length}: pnpm spec:drift [docs.md] [--json]`,
    );
  const docsPath = positionals[0] === undefined ? seedDocsPath() : resolve(here, positionals[0]);
  const specPath = values.spec === undefined ? defaultSpec : resolve(here, values.spec);
  const besideSpec = join(dirname(specPath), "RECONCILIATION.md");
  const logPath =
    values.log !== undefined
      ? resolve(here, values.log)
      : existsSync(besideSpec)
        ? besideSpec
        : defaultLog;
  for (const [what, path] of [
    ["docs file", docsPath],
    ["spec", specPath],
    ["reconciliation log", logPath],
  ]) {
    if (!existsSync(path ?? "")) throw new Error(`The ${what} ${path} does not exist.`);
    if (!statSync(path ?? "").isFile()) throw new Error(`The ${what} ${path} is not a file.`);
  }
  const docs = await readFile(docsPath, "utf8");
  const result = checkDrift({
    docs,
    spec: await loadSpec(specPath),
    log: await readFile(logPath, "utf8"),
  });
  if (result.docsOperations === 0) {
    throw new Error(
      `${docsPath} has no \`METHOD /v1/path\` line: is it Missive's endpoint docs page, saved as Markdown?`,
    );
  }
  const show = (path: string) => relative(here, path) || path;
  if (values.json)
    console.log(
      JSON.stringify({ docs: docsPath, spec: specPath, log: logPath, ...result }, null, 2),
    );
  else console.log(formatReport(result, { docs: show(docsPath), spec: show(specPath) }));
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`spec:drift: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);

/**
 * `pnpm generate` writes packages/schema/src/generated and packages/client/src/generated from
 * spec/openapi.yaml. `--check` writes nothing and fails when the committed files differ from a
 * fresh generation.
 * `--spec <file>`, `--out <dir>` (schema output) and `--client-out <dir>` point it elsewhere (the
 * codegen tests use them). With `--out` but no `--client-out`, only the schema output is handled,
 * so a test run never touches the real client package.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { type GeneratedFiles, generate } from "./generate.ts";
import { defaultClientOutDir, defaultOutDir, defaultSpec, repoRoot } from "./locations.ts";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: defaultSpec },
    out: { type: "string" },
    "client-out": { type: "string" },
  },
});
const specPath = values.spec;
const schemaOut = values.out ?? defaultOutDir;
const clientOut = values["client-out"] ?? (values.out === undefined ? defaultClientOutDir : null);

const outputs = await generate(specPath, relative(repoRoot, specPath) || specPath);
const targets: Array<[string, GeneratedFiles]> = [[schemaOut, outputs.schema]];
if (clientOut !== null) targets.push([clientOut, outputs.client]);
const where = (dir: string) => relative(process.cwd(), dir) || ".";

if (values.check) {
  const problems: string[] = [];
  let count = 0;
  for (const [outDir, files] of targets) {
    const existing = await readdir(outDir).catch(() => [] as string[]);
    count += Object.keys(files).length;
    for (const [name, content] of Object.entries(files)) {
      const current = await readFile(join(outDir, name), "utf8").catch(() => null);
      if (current !== content) problems.push(join(where(outDir), name));
    }
    for (const name of existing.filter((n) => !(n in files))) {
      problems.push(`${join(where(outDir), name)} (no longer generated)`);
    }
  }
  if (problems.length > 0) {
    console.error(
      `Generated code is out of date: ${problems.join(", ")}.\n` +
        "The spec changed without regenerating. Run `pnpm generate` and commit the result.",
    );
    process.exit(1);
  }
  console.log(`Generated code is up to date (${count} files).`);
} else {
  for (const [outDir, files] of targets) {
    const existing = await readdir(outDir).catch(() => [] as string[]);
    await mkdir(outDir, { recursive: true });
    for (const name of existing.filter((n) => !(n in files))) await rm(join(outDir, name));
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(outDir, name), content);
    }
    console.log(`Generated ${Object.keys(files).join(", ")} in ${where(outDir)}.`);
  }
}

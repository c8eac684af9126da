/**
 * `pnpm generate` writes packages/schema/src/generated from spec/openapi.yaml.
 * `--check` writes nothing and fails when the committed files differ from a fresh generation.
 * `--spec <file>` and `--out <dir>` point it elsewhere (the codegen tests use them).
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./generate.ts";
import { defaultOutDir, defaultSpec, repoRoot } from "./locations.ts";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: defaultSpec },
    out: { type: "string", default: defaultOutDir },
  },
});
const specPath = values.spec;
const outDir = values.out;

const files = await generate(specPath, relative(repoRoot, specPath) || specPath);
const existing = await readdir(outDir).catch(() => [] as string[]);

if (values.check) {
  const stale: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const current = await readFile(join(outDir, name), "utf8").catch(() => null);
    if (current !== content) stale.push(name);
  }
  const extra = existing.filter((name) => !(name in files));
  if (stale.length > 0 || extra.length > 0) {
    const where = relative(process.cwd(), outDir) || ".";
    console.error(
      `Generated code is out of date in ${where}: ${[...stale, ...extra.map((n) => `${n} (no longer generated)`)].join(", ")}.\n` +
        "The spec changed without regenerating. Run `pnpm generate` and commit the result.",
    );
    process.exit(1);
  }
  console.log(`Generated code is up to date (${Object.keys(files).length} files).`);
} else {
  await mkdir(outDir, { recursive: true });
  for (const name of existing.filter((n) => !(n in files))) await rm(join(outDir, name));
  for (const [name, content] of Object.entries(files)) await writeFile(join(outDir, name), content);
  console.log(
    `Generated ${Object.keys(files).join(", ")} in ${relative(process.cwd(), outDir) || "."}.`,
  );
}

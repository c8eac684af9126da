import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The repository root, from this file's place in tools/docs-diff/src. */
export const repoRoot = resolve(import.meta.dirname, "../../..");
export const defaultSpec = join(repoRoot, "spec/openapi.yaml");
export const defaultLog = join(repoRoot, "spec/RECONCILIATION.md");

/**
 * CI checks the repository out with `shared/` (the seed documents) beside it. In a git
 * worktree, `shared/` sits beside the main checkout instead, which `.git` (a file there) names.
 */
export function sharedDirs(): string[] {
  const dirs = [resolve(repoRoot, "../shared")];
  const dotGit = join(repoRoot, ".git");
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    const gitDir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
    const common =
      gitDir && existsSync(join(gitDir, "commondir"))
        ? resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim())
        : undefined;
    if (common) dirs.push(resolve(dirname(common), "../shared"));
  }
  return dirs;
}

/** Missive's endpoint docs as they arrived with the project: `../shared/seeds/000_….txt`. */
export function seedDocsPath(): string {
  for (const dir of sharedDirs()) {
    const seeds = join(dir, "seeds");
    const found = existsSync(seeds)
      ? readdirSync(seeds).find((name) => /^000_.*\.txt$/.test(name))
      : undefined;
    if (found !== undefined) return join(seeds, found);
  }
  throw new Error(
    `The seed docs are missing: expected shared/seeds/000_<hash>.txt beside the repository (looked in ${sharedDirs().join(", ")}). ` +
      "Check out shared/ next to the clone, or pass a saved copy of Missive's endpoint docs: pnpm spec:drift path/to/docs.md",
  );
}

import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PackageJson, WorkspacePackage } from "./repo.ts";
import { readJson, repoBin, repoRoot } from "./repo.ts";
import { run } from "./run.ts";

export type Bump = "patch" | "minor" | "major";

export interface ChangesetSandbox {
  dir: string;
  /** Writes `.changeset/<name>.md` bumping the given packages. */
  addChangeset(name: string, releases: Record<string, Bump>, summary: string): Promise<void>;
  /** The repo's own `changeset version` binary, run with cwd = the sandbox. */
  version(): Promise<void>;
  /** The pending changeset files (`.changeset/*.md` except README.md). */
  pendingChangesets(): Promise<string[]>;
  manifest(pkg: WorkspacePackage): Promise<PackageJson>;
  /** Raw text of a file in the sandbox, or null when it does not exist. */
  read(relativePath: string): Promise<string | null>;
  remove(): Promise<void>;
}

/**
 * A copy of exactly what `changeset version` reads: the root package.json and
 * pnpm-workspace.yaml (to find the workspace), `.changeset/config.json`, and the package.json
 * of every workspace package — without the repo's pending changesets. Versioning it changes
 * nothing in the repository. No git: with `commit: false` changesets does not need it.
 */
export async function createChangesetSandbox(
  packages: readonly WorkspacePackage[],
): Promise<ChangesetSandbox> {
  const dir = await mkdtemp(join(tmpdir(), "missive-changesets-"));
  const sandboxed = (relativePath: string) => join(dir, relativePath);
  await mkdir(sandboxed(".changeset"));
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json"]) {
    await copyFile(join(repoRoot, file), sandboxed(file));
  }
  for (const pkg of packages) {
    await mkdir(sandboxed(pkg.relativeDir), { recursive: true });
    await copyFile(join(pkg.dir, "package.json"), sandboxed(`${pkg.relativeDir}/package.json`));
  }
  const read = async (relativePath: string) => {
    try {
      return await readFile(sandboxed(relativePath), "utf8");
    } catch {
      return null;
    }
  };
  return {
    dir,
    async addChangeset(name, releases, summary) {
      const frontmatter = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
      await writeFile(
        sandboxed(`.changeset/${name}.md`),
        `---\n${frontmatter.join("\n")}\n---\n\n${summary}\n`,
      );
    },
    async version() {
      await run(repoBin("changeset"), ["version"], { cwd: dir });
    },
    async pendingChangesets() {
      const files = await readdir(sandboxed(".changeset"));
      return files.filter((file) => file.endsWith(".md") && file !== "README.md");
    },
    manifest: (pkg) => readJson<PackageJson>(sandboxed(`${pkg.relativeDir}/package.json`)),
    read,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The version a semver bump leads to, for plain `x.y.z` versions (no prerelease in this repo). */
export function bumped(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`expected a plain x.y.z version, got ${version}`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

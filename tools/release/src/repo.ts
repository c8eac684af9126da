import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run.ts";

/** The monorepo root (tools/release/src → ../../..). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The repo's own binaries: the versions the lockfile pins, not whatever is on PATH. */
export const repoBin = (name: string) => join(repoRoot, "node_modules/.bin", name);

/** Packaging is not runtime-specific: it runs once, in the Node 20 pass of `npm test`. */
export const skipPackaging = process.env.MISSIVE_TEST_RUNTIME === "node24";

export type DependencyMap = Record<string, string>;

/** The fields of a package.json these tests read. */
export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  scripts?: Record<string, string>;
  dependencies?: DependencyMap;
  devDependencies?: DependencyMap;
  peerDependencies?: DependencyMap;
  optionalDependencies?: DependencyMap;
  exports?: unknown;
  bin?: string | Record<string, string>;
}

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute path of the package folder. */
  dir: string;
  /** Path of the package folder relative to the repo root, e.g. `apps/cli`. */
  relativeDir: string;
  manifest: PackageJson;
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, "utf8")) as T;
}

/** Every workspace package as pnpm resolves pnpm-workspace.yaml, the root excluded. */
export async function workspacePackages(): Promise<WorkspacePackage[]> {
  const { stdout } = await run(repoBin("pnpm"), ["ls", "--recursive", "--depth", "-1", "--json"], {
    cwd: repoRoot,
  });
  const listed = JSON.parse(stdout) as { path: string }[];
  const packages = listed
    .map(({ path }) => resolve(path))
    .filter((dir) => dir !== resolve(repoRoot))
    .map(async (dir): Promise<WorkspacePackage> => {
      const manifest = await readJson<PackageJson>(join(dir, "package.json"));
      const relativeDir = dir.slice(resolve(repoRoot).length + 1);
      return { name: manifest.name, version: manifest.version, dir, relativeDir, manifest };
    });
  return (await Promise.all(packages)).sort((a, b) => a.name.localeCompare(b.name));
}

/** What `changeset publish` publishes: every workspace package not marked `private`. */
export async function publishedPackages(): Promise<WorkspacePackage[]> {
  return (await workspacePackages()).filter((pkg) => pkg.manifest.private !== true);
}

/** The dependency fields a consumer's package manager reads (devDependencies are not). */
export const installedDependencyFields = [
  "dependencies",
  "peerDependencies",
  "optionalDependencies",
] as const;

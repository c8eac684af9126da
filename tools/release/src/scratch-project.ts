import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readJson } from "./repo.ts";
import { npmEnv, run } from "./run.ts";

export interface ScratchProjectOptions {
  /** Contents of the project's .npmrc, e.g. `@missive-ts:registry=http://127.0.0.1:…/`. */
  npmrc?: string;
}

export interface ScratchProject {
  dir: string;
  /** `npm install` of tarball paths and/or registry specs, as a user would. */
  install(specs: readonly string[]): Promise<void>;
  /** Where npm resolved each installed package from (node_modules/.package-lock.json). */
  resolved(): Promise<Record<string, string | undefined>>;
  /** A bin of an installed package, e.g. `missive`. */
  bin(name: string): string;
}

/**
 * An empty ESM project outside the repository: it can only see what npm installs into it, not
 * the workspace's node_modules or its `missive-ts-source` export condition.
 */
export async function createScratchProject(
  dir: string,
  options: ScratchProjectOptions = {},
): Promise<ScratchProject> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "missive-ts-scratch", private: true, type: "module" }, null, 2)}\n`,
  );
  if (options.npmrc !== undefined) await writeFile(join(dir, ".npmrc"), options.npmrc);
  // The user's own npm config stays in force (a mirror or proxy for the public registry); only
  // what the starting `pnpm test` exported is dropped.
  const env = npmEnv();
  return {
    dir,
    async install(specs) {
      // Keep `resolved` URLs in the lockfile even if the user config omits them: `resolved()`
      // reads them to tell which registry served each package.
      const flags = ["--no-audit", "--no-fund", "--loglevel=error"];
      await run("npm", ["install", ...flags, "--omit-lockfile-registry-resolved=false", ...specs], {
        cwd: dir,
        env,
      });
    },
    async resolved() {
      const lock = await readJson<{ packages: Record<string, { resolved?: string }> }>(
        join(dir, "node_modules/.package-lock.json"),
      );
      return Object.fromEntries(
        Object.entries(lock.packages).map(([path, entry]) => [
          path.replace(/^node_modules\//, ""),
          entry.resolved,
        ]),
      );
    },
    bin: (name) => join(dir, "node_modules/.bin", name),
  };
}

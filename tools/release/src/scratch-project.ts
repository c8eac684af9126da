import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { NpmOverrides } from "./lockfile-pins.ts";
import { readJson } from "./repo.ts";
import { npmEnv, run } from "./run.ts";

export interface ScratchProjectOptions {
  /** Contents of the project's .npmrc, e.g. `@missive-ts:registry=http://127.0.0.1:…/`. */
  npmrc?: string;
}

export interface InstallOptions {
  /** npm `overrides` for the project's package.json: holds third-party packages to versions. */
  overrides?: NpmOverrides;
  /** Revalidate every cached registry document, so each range resolves to today's newest. */
  preferOnline?: boolean;
}

export interface ScratchProject {
  dir: string;
  /** `npm install` of tarball paths and/or registry specs, as a user would. */
  install(specs: readonly string[], options?: InstallOptions): Promise<void>;
  /** Where npm resolved each installed package from (node_modules/.package-lock.json). */
  resolved(): Promise<Record<string, string | undefined>>;
  /** Every installed package (by folder under node_modules, e.g. `a/node_modules/b`) and its version. */
  installed(): Promise<Record<string, string | undefined>>;
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
  const manifest = { name: "missive-ts-scratch", private: true, type: "module" };
  const writeManifest = (overrides?: NpmOverrides) =>
    writeFile(
      join(dir, "package.json"),
      `${JSON.stringify(overrides ? { ...manifest, overrides } : manifest, null, 2)}\n`,
    );
  await writeManifest();
  if (options.npmrc !== undefined) await writeFile(join(dir, ".npmrc"), options.npmrc);
  // The user's own npm config stays in force (a mirror or proxy for the public registry); only
  // what the starting `pnpm test` exported is dropped.
  const env = npmEnv();
  return {
    dir,
    async install(specs, options = {}) {
      if (options.overrides) await writeManifest(options.overrides);
      // Keep `resolved` URLs in the lockfile even if the user config omits them: `resolved()`
      // reads them to tell which registry served each package.
      const flags = ["--no-audit", "--no-fund", "--loglevel=error"];
      if (options.preferOnline) flags.push("--prefer-online");
      await run("npm", ["install", ...flags, "--omit-lockfile-registry-resolved=false", ...specs], {
        cwd: dir,
        env,
      });
    },
    resolved: () => lockField(dir, "resolved"),
    installed: () => lockField(dir, "version"),
    bin: (name) => join(dir, "node_modules/.bin", name),
  };
}

/** One field of every entry of npm's hidden lockfile, by folder under node_modules. */
async function lockField(dir: string, field: "resolved" | "version") {
  const lock = await readJson<{ packages: Record<string, Record<string, string | undefined>> }>(
    join(dir, "node_modules/.package-lock.json"),
  );
  return Object.fromEntries(
    Object.entries(lock.packages).map(([path, entry]) => [
      path.replace(/^node_modules\//, ""),
      entry[field],
    ]),
  );
}

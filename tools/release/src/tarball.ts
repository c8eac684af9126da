import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { PackageJson, WorkspacePackage } from "./repo.ts";
import { repoBin, repoRoot } from "./repo.ts";
import { run } from "./run.ts";

export interface Tarball {
  /** Absolute path of the .tgz. */
  path: string;
  /** Size of the .tgz in bytes (what a user downloads). */
  bytes: number;
  /** Paths inside the package, without npm's `package/` prefix, e.g. `dist/index.js`. */
  files: string[];
  /** The package.json as published: after pnpm rewrote `workspace:` specifiers. */
  manifest: PackageJson;
}

/**
 * Builds the given packages the way the root `release` script does: one `pnpm --filter … run
 * build`, which pnpm orders by dependency (schema before client before react and cli).
 */
export async function buildPackages(packages: readonly WorkspacePackage[]): Promise<void> {
  const filters = packages.flatMap((pkg) => ["--filter", pkg.name]);
  await run(repoBin("pnpm"), [...filters, "run", "build"], { cwd: repoRoot });
}

/** Reads a .tgz the way npm would unpack it. */
export async function readTarball(path: string): Promise<Tarball> {
  const listing = await run("tar", ["-tzf", path], { cwd: repoRoot });
  const files = listing.stdout
    .split("\n")
    .filter((line) => line !== "" && !line.endsWith("/"))
    .map((line) => line.replace(/^package\//, ""));
  const manifest = await run("tar", ["-xzOf", path, "package/package.json"], { cwd: repoRoot });
  return {
    path,
    bytes: (await stat(path)).size,
    files,
    manifest: JSON.parse(manifest.stdout) as PackageJson,
  };
}

/**
 * `pnpm pack` of one package into `destination`: the same tarball `pnpm publish` uploads (pnpm
 * rewrites `workspace:*` to the sibling's exact version while packing).
 */
export async function packPackage(pkg: WorkspacePackage, destination: string): Promise<Tarball> {
  const { stdout } = await run(
    repoBin("pnpm"),
    ["pack", "--pack-destination", destination, "--json"],
    { cwd: pkg.dir },
  );
  const { filename } = JSON.parse(stdout) as { filename: string };
  return readTarball(filename);
}

/** The tarballs of a `--pack-destination` folder, by package name. */
export async function readTarballs(dir: string): Promise<Map<string, Tarball>> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(".tgz"));
  const tarballs = await Promise.all(files.map((file) => readTarball(join(dir, file))));
  return new Map(tarballs.map((tarball) => [tarball.manifest.name, tarball]));
}

/** The workspace's own export condition: it points at src/ and is never set by a consumer. */
const devCondition = "missive-ts-source";

/** Every file a consumer's `exports` or `bin` resolution can reach, e.g. `dist/index.js`. */
export function consumerTargets(manifest: PackageJson): Set<string> {
  const targets = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") targets.add(value.replace(/^\.\//, ""));
    else if (value && typeof value === "object") {
      for (const [key, target] of Object.entries(value)) if (key !== devCondition) walk(target);
    }
  };
  walk(manifest.exports);
  walk(manifest.bin);
  return targets;
}

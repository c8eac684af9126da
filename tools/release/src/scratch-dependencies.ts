import type { Drift } from "./latest-deps.ts";
import {
  bare,
  type LockedPackages,
  lockedPackages,
  npmOverrides,
  readLockfile,
} from "./lockfile-pins.ts";
import type { WorkspacePackage } from "./repo.ts";
import type { InstallOptions } from "./scratch-project.ts";

/**
 * `locked` (the blocking run): every third-party package at its pnpm-lock.yaml version, so the
 * same commit gives the same answer whatever the registry serves today. `latest`
 * (`pnpm test:latest-deps`): every range resolved afresh, as a user installing today gets it.
 */
export type ScratchDependencyMode = "locked" | "latest";

export const scratchDependencyMode = (): ScratchDependencyMode =>
  process.env.MISSIVE_SCRATCH_DEPS === "latest" ? "latest" : "locked";

/** A package held at another version than the lockfile's (the latest-deps search). */
export interface NewerPackage {
  name: string;
  version: string;
}

/**
 * `MISSIVE_SCRATCH_NEWER` (JSON `[{ name, version }]`): in locked mode, these packages at these
 * versions instead of the lockfile's; how the latest-deps search tries one half of the newer
 * packages at a time.
 */
export const newerFromEnv = (): NewerPackage[] =>
  JSON.parse(process.env.MISSIVE_SCRATCH_NEWER ?? "[]") as NewerPackage[];

/** A package the scratch project installs from the registry itself, and whose lock entry pins it. */
export interface RegistryPackage {
  name: string;
  /** The importer in pnpm-lock.yaml whose devDependencies hold it, e.g. `packages/react` or `.`. */
  importer: string;
  /** Its specifier there (a range or an exact version). */
  specifier: string;
}

export interface ScratchDependencies {
  /** What to pass to `npm install` besides the tarballs. */
  specs: string[];
  install: InstallOptions;
  /** The third-party packages pnpm-lock.yaml pins for this install. */
  locked: LockedPackages;
}

/** The registry specs and npm options of a scratch install of `published` in either mode. */
export async function scratchDependencies(
  published: readonly WorkspacePackage[],
  fromRegistry: readonly RegistryPackage[],
  mode: ScratchDependencyMode = scratchDependencyMode(),
  newer: readonly NewerPackage[] = newerFromEnv(),
  lockRoot?: string,
): Promise<ScratchDependencies> {
  const lock = await readLockfile(lockRoot);
  const lockedVersion = (pkg: RegistryPackage) => {
    const entry = lock.importers[pkg.importer]?.devDependencies?.[pkg.name];
    if (!entry) throw new Error(`pnpm-lock.yaml: ${pkg.importer} has no ${pkg.name}`);
    return entry.version;
  };
  const extra = Object.fromEntries(fromRegistry.map((pkg) => [pkg.name, lockedVersion(pkg)]));
  const locked = lockedPackages(
    lock,
    published.map((pkg) => pkg.relativeDir),
    extra,
  );
  if (mode === "latest") {
    return {
      specs: fromRegistry.map((pkg) => `${pkg.name}@${pkg.specifier}`),
      install: { preferOnline: true },
      locked,
    };
  }
  const direct = fromRegistry.map((pkg) => pkg.name);
  const overrides = npmOverrides(locked, direct);
  const newerVersion = new Map(newer.map((pkg) => [pkg.name, pkg.version]));
  for (const [name, version] of newerVersion) {
    if (direct.includes(name)) continue;
    for (const rule of Object.values(overrides)) if (typeof rule === "object") delete rule[name];
    overrides[name] = version;
  }
  return {
    specs: fromRegistry.map(
      (pkg) => `${pkg.name}@${newerVersion.get(pkg.name) ?? bare(lockedVersion(pkg))}`,
    ),
    install: { overrides },
    locked,
  };
}

/** Installed third-party packages whose version is not one pnpm-lock.yaml pins: `name version`. */
export function unlocked(
  installed: Record<string, string | undefined>,
  locked: LockedPackages,
): Drift[] {
  const drift = new Map<string, Drift>();
  for (const [path, version] of Object.entries(installed)) {
    const at = path.lastIndexOf("node_modules/");
    const name = at < 0 ? path : path.slice(at + "node_modules/".length);
    if (path === "" || !version || name.startsWith("@missive-ts/")) continue;
    const versions = locked.get(name);
    if (versions?.has(version)) continue;
    drift.set(`${name}@${version}`, { name, version, locked: [...(versions?.keys() ?? [])] });
  }
  return [...drift.values()].sort((a, b) => a.name.localeCompare(b.name));
}

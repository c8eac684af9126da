import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "./repo.ts";

/** The parts of pnpm-lock.yaml (v9) read here. */
interface Lockfile {
  importers: Record<string, Partial<Record<DependencyField, Record<string, { version: string }>>>>;
  snapshots: Record<string, Partial<Record<DependencyField, Record<string, string>>>>;
}

type DependencyField = "dependencies" | "optionalDependencies" | "devDependencies";

/** What a consumer's install pulls in: runtime dependencies (devDependencies stay home). */
const installed: DependencyField[] = ["dependencies", "optionalDependencies"];

/** `0.5.4(@tanstack/react-query@5.108.0(…))` → `0.5.4`: pnpm appends the peers it resolved. */
export const bare = (version: string) => version.replace(/\(.*$/, "");

/** One third-party package at its locked version, and who depends on it. */
export interface LockedPackage {
  name: string;
  version: string;
  /** `name@version` of the packages that depend on it; empty for a root. */
  parents: Set<string>;
}

/** Third-party packages by name, then by locked version. */
export type LockedPackages = Map<string, Map<string, LockedPackage>>;

export async function readLockfile(root = repoRoot): Promise<Lockfile> {
  return parse(await readFile(join(root, "pnpm-lock.yaml"), "utf8")) as Lockfile;
}

/**
 * Every third-party package a consumer gets with the workspace packages in `importers` (e.g.
 * `packages/ratelimit-redis`, following `workspace:` links to their siblings) and with `extra`
 * (name → locked version, as in pnpm-lock.yaml: what the scratch project installs itself), at
 * the versions pnpm-lock.yaml pins.
 */
export function lockedPackages(
  lock: Lockfile,
  importers: readonly string[],
  extra: Record<string, string> = {},
): LockedPackages {
  const found: LockedPackages = new Map();
  const seenImporters = new Set<string>();
  const pending: [name: string, version: string, parent: string | undefined][] = [];

  const visitImporter = (dir: string) => {
    if (seenImporters.has(dir)) return;
    seenImporters.add(dir);
    const importer = lock.importers[dir];
    if (!importer) throw new Error(`pnpm-lock.yaml has no importer ${dir}`);
    for (const field of installed) {
      for (const [name, { version }] of Object.entries(importer[field] ?? {})) {
        if (version.startsWith("link:")) {
          visitImporter(join(dir, version.slice("link:".length)));
        } else pending.push([name, version, undefined]);
      }
    }
  };
  for (const dir of importers) visitImporter(dir);
  for (const [name, version] of Object.entries(extra)) pending.push([name, version, undefined]);

  for (let next = pending.pop(); next; next = pending.pop()) {
    const [name, fullVersion, parent] = next;
    const version = bare(fullVersion);
    const versions = found.get(name) ?? new Map<string, LockedPackage>();
    found.set(name, versions);
    const known = versions.get(version);
    if (known) {
      if (parent) known.parents.add(parent);
      continue;
    }
    versions.set(version, { name, version, parents: new Set(parent ? [parent] : []) });
    const snapshot = lock.snapshots[`${name}@${fullVersion}`];
    if (!snapshot) throw new Error(`pnpm-lock.yaml has no snapshot ${name}@${fullVersion}`);
    for (const field of installed) {
      for (const [child, childVersion] of Object.entries(snapshot[field] ?? {})) {
        pending.push([child, childVersion, `${name}@${version}`]);
      }
    }
  }
  return found;
}

export type NpmOverrides = Record<string, string | Record<string, string>>;

/**
 * npm `overrides` that hold a scratch install to the locked versions. A package locked at one
 * version is pinned everywhere; one locked at several is pinned under each parent. Packages the
 * project installs directly (`direct`, at their exact locked versions) are referenced as
 * `$name`, as npm requires for a direct dependency.
 */
export function npmOverrides(packages: LockedPackages, direct: readonly string[]): NpmOverrides {
  const overrides: NpmOverrides = {};
  const nested = (parent: string) => {
    const at = overrides[parent];
    if (typeof at === "object") return at;
    const rule: Record<string, string> = {};
    overrides[parent] = rule;
    return rule;
  };
  for (const [name, versions] of packages) {
    if (direct.includes(name)) {
      overrides[name] = `$${name}`;
      continue;
    }
    if (versions.size === 1) {
      const [only] = versions.keys();
      overrides[name] = only as string;
      continue;
    }
    for (const { version, parents } of versions.values()) {
      for (const parent of parents) nested(parent)[name] = version;
    }
  }
  return overrides;
}

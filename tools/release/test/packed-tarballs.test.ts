/**
 * What npm users download: the `pnpm pack` tarball of every published package (packed by the
 * global setup from a fresh build) holds the built code, README and LICENSE and nothing of the
 * workspace, pins its siblings to their exact versions, and `pnpm publish --dry-run` accepts it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LocalRegistry, startLocalRegistry } from "../src/local-registry.ts";
import {
  installedDependencyFields,
  publishedPackages,
  repoBin,
  repoRoot,
  skipPackaging,
  type WorkspacePackage,
} from "../src/repo.ts";
import { npmEnv, run } from "../src/run.ts";
import { consumerTargets, readTarballs, type Tarball } from "../src/tarball.ts";

/** Files that are package-root level in every tarball (npm adds README and LICENSE itself). */
const requiredFiles = ["package.json", "README.md", "LICENSE"];
/** Workspace-only material that must never ship. */
const forbidden = /^(src|test|bench|scripts)\/|(^|\/)tsconfig[^/]*\.json$|(^|\/)vitest\.config\./;

describe.skipIf(skipPackaging)("the packed tarballs", () => {
  let packages: WorkspacePackage[] = [];
  let tarballs = new Map<string, Tarball>();
  const tarballOf = (pkg: WorkspacePackage) => {
    const tarball = tarballs.get(pkg.name);
    if (!tarball) throw new Error(`no tarball was packed for ${pkg.name}`);
    return tarball;
  };

  beforeAll(async () => {
    packages = await publishedPackages();
    tarballs = await readTarballs(inject("packedDir"));
  });

  it("exist for every published package, at its repository version", () => {
    expect([...tarballs.keys()].sort()).toEqual(packages.map((pkg) => pkg.name));
    for (const pkg of packages) expect(tarballOf(pkg).manifest.version).toBe(pkg.version);
  });

  it("hold dist/, README.md, LICENSE and package.json, and no sources, tests or configs", () => {
    for (const pkg of packages) {
      const { files } = tarballOf(pkg);
      const exported = consumerTargets(tarballOf(pkg).manifest);
      const missing = requiredFiles.filter((file) => !files.includes(file));
      expect(missing, `${pkg.name} lacks files every package must ship`).toEqual([]);
      expect(
        files.some((file) => file.startsWith("dist/")),
        `${pkg.name} ships dist/`,
      ).toBe(true);
      // A source file may ship only when the exports map serves it (schema's ./openapi.json).
      const leaked = files.filter((file) => forbidden.test(file) && !exported.has(file));
      expect(leaked, `${pkg.name} ships workspace-only files`).toEqual([]);
      const sources = files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"));
      expect(sources, `${pkg.name} ships TypeScript sources`).toEqual([]);
      const unreachable = [...exported].filter((target) => !files.includes(target));
      expect(unreachable, `${pkg.name}: exports/bin targets missing from the tarball`).toEqual([]);
    }
  });

  it("pin internal dependencies to the exact sibling versions, with no workspace: left", () => {
    const versions = new Map(packages.map((pkg) => [pkg.name, pkg.version]));
    for (const pkg of packages) {
      const { manifest } = tarballOf(pkg);
      expect(JSON.stringify(manifest), `${pkg.name}'s package.json`).not.toContain("workspace:");
      for (const field of installedDependencyFields) {
        for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
          const sibling = versions.get(name);
          if (sibling) expect(spec, `${pkg.name} ${field}.${name}`).toBe(sibling);
        }
      }
    }
  });

  it("ratelimit-redis: no declaration imports ioredis, so a strict consumer never checks its types", async () => {
    // ioredis 6.1.0's declarations import `redis-errors`, which has no types: a consumer with
    // `skipLibCheck: false` that loads them fails (TS7016). The store takes a structural
    // RedisLike instead, which keeps every ioredis in the declared range out of the check.
    const tarball = tarballOf(
      packages.find((p) => p.name === "@missive-ts/ratelimit-redis") as WorkspacePackage,
    );
    const declarations = tarball.files.filter((file) => file.endsWith(".d.ts"));
    expect(declarations).toContain("dist/index.d.ts");
    const importers: string[] = [];
    for (const file of declarations) {
      const { stdout } = await run("tar", ["-xzOf", tarball.path, `package/${file}`], {
        cwd: repoRoot,
      });
      if (/from\s+["']ioredis["']|import\(\s*["']ioredis["']\s*\)/.test(stdout))
        importers.push(file);
    }
    expect(importers).toEqual([]);
  });

  describe("pnpm publish --dry-run", () => {
    // An empty local registry: npm's dry-run asks the registry whether the version exists, so
    // against npmjs.org this would start failing the day the version is really published.
    let registry: LocalRegistry | undefined;
    beforeAll(async () => {
      registry = await startLocalRegistry();
    });
    afterAll(() => registry?.stop());

    it("accepts every package with the flags changesets passes", async () => {
      const target = registry;
      if (!target) throw new Error("the local registry did not start");
      const env = npmEnv({
        npm_config_registry: target.url,
        NPM_CONFIG_USERCONFIG: target.userconfig,
      });
      for (const pkg of packages) {
        // `changeset publish` runs `pnpm publish --access public --tag latest --no-git-checks`.
        const args = [
          "publish",
          "--dry-run",
          "--access",
          "public",
          "--tag",
          "latest",
          "--no-git-checks",
        ];
        const { stdout, stderr } = await run(repoBin("pnpm"), args, {
          cwd: pkg.dir,
          env,
          secrets: [target.token],
        });
        expect(`${stdout}${stderr}`).toContain(`${pkg.name}@${pkg.version}`);
        expect(`${stdout}${stderr}`).toContain("(dry-run)");
      }
      // Dry means dry: nothing reached the registry.
      for (const pkg of packages) expect(await target.packument(pkg.name)).toBeNull();
    });
  });
});

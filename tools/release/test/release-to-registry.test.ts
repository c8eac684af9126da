/**
 * The real root `pnpm release` (build, then `changeset publish`) against a local verdaccio:
 * npm_config_registry and a temp user config with that registry's token are all that differ
 * from a real release. `--no-git-tag` keeps the repository's tags untouched.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LocalRegistry, startLocalRegistry } from "../src/local-registry.ts";
import {
  type PackageJson,
  publishedPackages,
  readJson,
  repoBin,
  repoRoot,
  skipPackaging,
  type WorkspacePackage,
} from "../src/repo.ts";
import { npmEnv, run } from "../src/run.ts";
import { scratchDependencies } from "../src/scratch-dependencies.ts";
import { createScratchProject } from "../src/scratch-project.ts";

const gitTags = async () =>
  (await run("git", ["tag", "--list"], { cwd: repoRoot })).stdout.split("\n").filter(Boolean);

describe.skipIf(skipPackaging)("pnpm release", () => {
  let registry: LocalRegistry | undefined;
  let work = "";
  let packages: WorkspacePackage[] = [];
  let tagsBefore: string[] = [];
  let output = "";
  const local = () => {
    if (!registry) throw new Error("the local registry did not start");
    return registry;
  };

  beforeAll(async () => {
    packages = await publishedPackages();
    tagsBefore = await gitTags();
    registry = await startLocalRegistry();
    work = await mkdtemp(join(tmpdir(), "missive-release-"));
    const { url, userconfig, token } = registry;
    // pnpm appends `--no-git-tag` to the script's last command: `changeset publish --no-git-tag`.
    const result = await run(repoBin("pnpm"), ["release", "--no-git-tag"], {
      cwd: repoRoot,
      env: npmEnv({ npm_config_registry: url, NPM_CONFIG_USERCONFIG: userconfig }),
      secrets: [token],
    });
    output = `${result.stdout}\n${result.stderr}`;
  });

  afterAll(async () => {
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("builds every published package before publishing it", async () => {
    const root = await readJson<PackageJson>(join(repoRoot, "package.json"));
    const [build] = (root.scripts?.release ?? "").split("&&");
    for (const pkg of packages) expect(build, `release builds ${pkg.name}`).toContain(pkg.name);
    expect(output).not.toContain(local().token);
  });

  it("publishes every package at its repository version, tagged latest, without workspace:", async () => {
    const versions = new Map(packages.map((pkg) => [pkg.name, pkg.version]));
    for (const pkg of packages) {
      const packument = await local().packument(pkg.name);
      expect(packument, `${pkg.name} on the local registry`).not.toBeNull();
      expect(packument?.["dist-tags"].latest, `${pkg.name}@latest`).toBe(pkg.version);
      const manifest = packument?.versions[pkg.version] as PackageJson | undefined;
      expect(JSON.stringify(manifest)).not.toContain("workspace:");
      for (const [name, spec] of Object.entries(manifest?.dependencies ?? {})) {
        if (versions.has(name)) expect(spec, `${pkg.name} → ${name}`).toBe(versions.get(name));
      }
    }
  });

  it("leaves the repository's git tags alone", async () => {
    expect(await gitTags()).toEqual(tagsBefore);
  });

  it("gives a working missive bin when @missive-ts/cli is installed from that registry", async () => {
    const cli = packages.find((pkg) => pkg.name === "@missive-ts/cli");
    if (!cli) throw new Error("@missive-ts/cli is not a published workspace package");
    // Only our scope comes from verdaccio; openapi-fetch and friends from the usual registry.
    const project = await createScratchProject(join(work, "project"), {
      npmrc: `@missive-ts:registry=${local().url}\n`,
    });
    // Third-party packages at their pnpm-lock.yaml versions, as in the scratch install.
    const { install } = await scratchDependencies([cli], [], "locked", []);
    await project.install(["@missive-ts/cli"], install);
    const resolved = await project.resolved();
    for (const name of ["@missive-ts/cli", "@missive-ts/client", "@missive-ts/schema"]) {
      expect(resolved[name]?.startsWith(local().url), `${name} from ${resolved[name]}`).toBe(true);
    }
    const env = npmEnv({
      MISSIVE_API_TOKEN: "missive_pat-RELEASE-FAKE-0123456789",
      MISSIVE_BASE_URL: inject("mockUrl"),
    });
    const missive = (args: string[]) =>
      run(project.bin("missive"), args, { cwd: project.dir, env });
    expect((await missive(["--version"])).stdout.trim()).toBe(`missive ${cli.version}`);
    const users = JSON.parse((await missive(["users", "list", "--json"])).stdout) as unknown[];
    expect(users.length).toBeGreaterThan(0);
  });
});

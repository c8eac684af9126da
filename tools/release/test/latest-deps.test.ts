/**
 * The latest-deps warning, end to end on a local registry: a newer release of a dependency
 * breaks the strict type-check of a consumer. The locked install (what `npm test` blocks on)
 * stays green; the latest-deps search names that release, and only it, in the warning block.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChecksOutcome,
  checkLatestDependencies,
  type Drift,
  warningBlock,
} from "../src/latest-deps.ts";
import { type LocalRegistry, startLocalRegistry } from "../src/local-registry.ts";
import { repoBin, skipPackaging, type WorkspacePackage } from "../src/repo.ts";
import { npmEnv, run } from "../src/run.ts";
import { scratchDependencies, unlocked } from "../src/scratch-dependencies.ts";
import { createScratchProject } from "../src/scratch-project.ts";

/** Stands for a published package of ours (the `@missive-ts/` scope is never counted as drift). */
const app = "@missive-ts/fixture-app";
const strictDep = "@fixture-deps/strict-dep";
const benign = "@fixture-deps/benign";

/** What pnpm-lock.yaml would hold for `fixture-app`: strict-dep 1.0.0 and benign 1.0.0. */
const lockfile = `lockfileVersion: '9.0'
importers:
  fixture-app:
    dependencies:
      '${strictDep}':
        specifier: ^1.0.0
        version: 1.0.0
      '${benign}':
        specifier: ^1.0.0
        version: 1.0.0
snapshots:
  '${strictDep}@1.0.0': {}
  '${benign}@1.0.0': {}
`;

const fixtureApp: WorkspacePackage = {
  name: app,
  version: "1.0.0",
  dir: "",
  relativeDir: "fixture-app",
  manifest: { name: app, version: "1.0.0" },
};

describe.skipIf(skipPackaging)("latest-deps: a newer dependency that breaks a check", () => {
  let registry: LocalRegistry;
  let work = "";
  let runs = 0;

  /** Publishes a package (package.json + files) to the local registry. */
  const publish = async (manifest: Record<string, unknown>, files: Record<string, string>) => {
    const dir = join(work, "publish", `${manifest.name}@${manifest.version}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "package.json"), JSON.stringify(manifest));
    for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
    const env = npmEnv({
      npm_config_registry: registry.url,
      NPM_CONFIG_USERCONFIG: registry.userconfig,
    });
    await run("npm", ["publish", "--access", "public", "--loglevel=error"], {
      cwd: dir,
      env,
      secrets: [registry.token],
    });
  };
  const lib = (name: string, version: string, dts: string, dependencies = {}) =>
    publish(
      { name, version, type: "module", main: "index.js", types: "index.d.ts", dependencies },
      { "index.js": "export const answer = () => 42;\n", "index.d.ts": dts },
    );

  /** The fixture's scratch checks: install the app as a user would, then a strict type-check. */
  const checks = async (newer: "all" | readonly Drift[]): Promise<ChecksOutcome> => {
    const mode = newer === "all" ? "latest" : "locked";
    const deps = await scratchDependencies(
      [fixtureApp],
      [],
      mode,
      newer === "all" ? [] : newer,
      work,
    );
    const project = await createScratchProject(join(work, `project-${runs++}`), {
      npmrc: `registry=${registry.url}\n`,
    });
    await project.install([`${app}@1.0.0`], deps.install);
    await writeFile(
      join(project.dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    await writeFile(
      join(project.dir, "consumer.ts"),
      `import { answer } from "${app}";\nexport const n: number = answer();\n`,
    );
    const failed: string[] = [];
    await run(repoBin("tsc"), ["-p", "tsconfig.json"], { cwd: project.dir }).catch(() => {
      failed.push("types: a strict consumer type-checks");
    });
    return { failed, drift: unlocked(await project.installed(), deps.locked) };
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "missive-latest-deps-test-"));
    await writeFile(join(work, "pnpm-lock.yaml"), lockfile);
    registry = await startLocalRegistry();
    // strict-dep 1.1.0 does what ioredis 6.1.0 did: its declarations import a package that has
    // no types. benign 1.0.1 is newer and harmless.
    await publish(
      { name: "untyped-helper", version: "1.0.0", main: "index.js" },
      { "index.js": "module.exports = {};\n" },
    );
    await lib(strictDep, "1.0.0", "export declare const answer: () => number;\n");
    await lib(
      strictDep,
      "1.1.0",
      'export declare const answer: () => number;\nexport { default as Helper } from "untyped-helper";\n',
      { "untyped-helper": "1.0.0" },
    );
    await lib(benign, "1.0.0", "export declare const ok: true;\n");
    await lib(benign, "1.0.1", "export declare const ok: true;\n");
    await lib(
      app,
      "1.0.0",
      `export { answer } from "${strictDep}";\nexport { ok } from "${benign}";\n`,
      {
        [strictDep]: "^1.0.0",
        [benign]: "^1.0.0",
      },
    );
  });

  afterAll(async () => {
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("the locked install, as npm test runs it, resolves the lockfile's versions and passes", async () => {
    expect(await checks([])).toEqual({ failed: [], drift: [] });
  });

  it("latest-deps names the newer release that breaks the check, and only it", async () => {
    const report = await checkLatestDependencies(checks);
    expect(report.latest.failed).toEqual(["types: a strict consumer type-checks"]);
    expect(report.latest.drift.map((p) => `${p.name}@${p.version}`).sort()).toEqual([
      `${benign}@1.0.1`,
      `${strictDep}@1.1.0`,
      "untyped-helper@1.0.0",
    ]);
    expect(report.breakages).toEqual([
      {
        packages: [{ name: strictDep, version: "1.1.0", locked: ["1.0.0"] }],
        failed: ["types: a strict consumer type-checks"],
      },
    ]);
    const block = warningBlock(report);
    expect(block).toContain(`  ${strictDep} 1.1.0 (pnpm-lock.yaml: 1.0.0)`);
    expect(block).toContain("failed: types: a strict consumer type-checks");
    expect(block).not.toContain(benign);
    console.log(block);
  });
});

describe("the latest-deps search", () => {
  const drift = (name: string): Drift => ({ name, version: "2.0.0", locked: ["1.0.0"] });
  const newer = ["a", "b", "c", "d", "e", "f", "g"].map(drift);
  /** Checks that fail when any of `alone`, or all of `together`, are at their newer version. */
  const checker = (alone: string[], together: string[] = []) => {
    const tries: string[][] = [];
    const run = async (set: "all" | readonly Drift[]): Promise<ChecksOutcome> => {
      const names = set === "all" ? newer.map((p) => p.name) : set.map((p) => p.name);
      tries.push(names);
      const broken =
        names.some((name) => alone.includes(name)) ||
        (together.length > 0 && together.every((name) => names.includes(name)));
      return { failed: broken ? ["types"] : [], drift: set === "all" ? newer : [...set] };
    };
    return { run, tries };
  };

  it("names each newer package that breaks a check alone, in few tries", async () => {
    const { run, tries } = checker(["b", "f"]);
    const report = await checkLatestDependencies(run);
    expect(report.breakages.map((b) => b.packages.map((p) => p.name))).toEqual([["b"], ["f"]]);
    expect(tries.length).toBeLessThan(newer.length * 2);
  });

  it("names packages that break only together as one breakage", async () => {
    const { run } = checker([], ["a", "g"]);
    const report = await checkLatestDependencies(run);
    expect(report.breakages.map((b) => b.packages.map((p) => p.name))).toEqual([
      ["a", "b", "c", "d", "e", "f", "g"],
    ]);
    expect(warningBlock(report)).toContain("  together:");
  });

  it("reports nothing when every check passes", async () => {
    const { run, tries } = checker([]);
    expect((await checkLatestDependencies(run)).breakages).toEqual([]);
    expect(tries).toHaveLength(1);
  });
});

/**
 * `npm run setup` (after its install step): the two commands land in a bin directory, run the
 * checkout's build from any directory, refuse to overwrite another install, and `setup:undo`
 * removes exactly what setup wrote.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../../..");
const tsx = join(root, "node_modules/.bin/tsx");
const setupScript = join(root, "tools/setup/src/cli.ts");

let dir: string;
let bin: string;
const env = () => ({ ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` });
const setupEnv = () => ({ ...process.env, MISSIVE_SETUP_RECORD: join(dir, "record.json") });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "missive-setup-"));
  bin = join(dir, "bin");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run setup", () => {
  it("builds and puts missive and missive-mcp on the PATH, and says where", async () => {
    const { stdout } = await run(tsx, [setupScript, "--bin", bin], { cwd: root, env: setupEnv() });
    expect(stdout).toContain(join(bin, "missive"));
    expect(stdout).toContain(join(bin, "missive-mcp"));
    expect(stdout).toContain("npm run setup:undo");
    // Not on this test's PATH: the summary says how to add it.
    expect(stdout).toContain(`export PATH="${bin}:$PATH"`);

    const cliVersion = (
      JSON.parse(await readFile(join(root, "apps/cli/package.json"), "utf8")) as { version: string }
    ).version;
    // From an unrelated directory, by name, through the PATH.
    const version = await run("missive", ["--version"], { cwd: dir, env: env() });
    expect(version.stdout.trim()).toBe(`missive ${cliVersion}`);
    const mcpHelp = await run("missive-mcp", ["--help"], { cwd: dir, env: env() });
    expect(mcpHelp.stdout + mcpHelp.stderr).toMatch(/missive-mcp/);
    expect((await stat(join(bin, "missive-mcp"))).mode & 0o111).toBeTruthy();
  }, 300_000); // a build after a change takes minutes on a busy machine; cached under npm test

  it("never overwrites a missive it did not write, unless --force", async () => {
    const other = join(dir, "other-bin");
    await run(tsx, [setupScript, "--bin", other, "--skip-build"], { cwd: root, env: setupEnv() });
    await writeFile(join(other, "missive"), "#!/bin/sh\necho from npm\n");
    const refused = await run(tsx, [setupScript, "--bin", other, "--skip-build"], {
      cwd: root,
      env: setupEnv(),
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain("--force");
    expect(await readFile(join(other, "missive"), "utf8")).toContain("from npm");

    // undo removes only its own shim: the foreign missive stays.
    const undone = await run(tsx, [setupScript, "--undo", "--bin", other], {
      cwd: root,
      env: setupEnv(),
    });
    expect(undone.stdout).toContain(join(other, "missive-mcp"));
    expect(await readFile(join(other, "missive"), "utf8")).toContain("from npm");
    await expect(stat(join(other, "missive-mcp"))).rejects.toThrow(/ENOENT/);
  });

  it("a mistyped flag or a --bin without a directory exits 2 with the usage, no stack trace", async () => {
    for (const args of [["--bogus"], ["--bin"]]) {
      const failed = await run(tsx, [setupScript, ...args, "--skip-build"], {
        cwd: root,
        env: setupEnv(),
      }).catch((error: { code: number; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 2 });
      const stderr = (failed as { stderr: string }).stderr;
      expect(stderr).toContain(args[0]);
      expect(stderr).toContain("npm run setup [-- --bin DIR]");
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("installs from a fresh clone show no update-available box (pnpm's or npm's)", async () => {
    // A new user's HOME has no record of a recent update check: without the checkout's
    // .npmrc, pnpm 10 draws an "Update available! … → 12" box (a pnpm this Node cannot run).
    const home = await mkdtemp(join(tmpdir(), "missive-fresh-home-"));
    try {
      // Nor the npm_config_* variables that `npm run`/npx hand to this process.
      const inherited = Object.entries(process.env).filter(
        ([key]) => !key.toLowerCase().startsWith("npm_config_"),
      );
      const fresh = {
        ...Object.fromEntries(inherited),
        HOME: home,
        XDG_CONFIG_HOME: join(home, ".config"),
      };
      const pnpm = await run(
        join(root, "node_modules/.bin/pnpm"),
        ["config", "get", "update-notifier"],
        { cwd: root, env: fresh },
      );
      expect(pnpm.stdout.trim()).toBe("false");
      const npm = await run("npm", ["config", "get", "update-notifier"], { cwd: root, env: fresh });
      expect(npm.stdout.trim()).toBe("false");
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it("a fresh install links every workspace bin: their targets exist before any build", async () => {
    // pnpm links a workspace package's bins into its dependents' node_modules/.bin at install;
    // a target under dist/ is missing then, and pnpm prints "Failed to create bin" for it.
    const tracked = new Set(
      (await run("git", ["ls-files"], { cwd: root, maxBuffer: 32 * 1024 * 1024 })).stdout.split(
        "\n",
      ),
    );
    const manifests = [...tracked].filter((file) =>
      /^(apps|packages|tools)\/[^/]+\/package\.json$/.test(file),
    );
    const read = async (file: string) =>
      JSON.parse(await readFile(join(root, file), "utf8")) as {
        name: string;
        bin?: Record<string, string>;
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
    const all = await Promise.all(manifests.map(async (file) => ({ file, pkg: await read(file) })));
    const needed = new Set(
      all.flatMap(({ pkg }) => Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })),
    );
    const missing = all.flatMap(({ file, pkg }) =>
      needed.has(pkg.name)
        ? Object.values(pkg.bin ?? {})
            .map((target) => join(file, "..", target))
            .filter((target) => !tracked.has(target))
        : [],
    );
    expect(missing).toEqual([]);
  });

  it("setup:undo removes both commands", async () => {
    await run(tsx, [setupScript, "--undo", "--bin", bin], { cwd: root, env: setupEnv() });
    await expect(stat(join(bin, "missive"))).rejects.toThrow(/ENOENT/);
    await expect(stat(join(bin, "missive-mcp"))).rejects.toThrow(/ENOENT/);
  });
});

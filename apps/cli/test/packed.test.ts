/**
 * The published shape: pack @missive-ts/schema, @missive-ts/client and @missive-ts/cli the way
 * `pnpm publish` would (workspace: versions rewritten), install the tarballs with npm into a
 * scratch project, and run the installed `missive` bin against the Prism mock.
 * turbo runs this after `^build`, so the dependencies' dist/ are fresh; the CLI's own dist/
 * is built here.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const pnpm = join(root, "node_modules/.bin/pnpm");
// Packaging is not runtime-specific: it runs once, in the Node 20 pass of `npm test`.
describe.skipIf(process.env.MISSIVE_TEST_RUNTIME === "node24")("the packed CLI", async () => {
  const dir = await mkdtemp(join(tmpdir(), "missive-packed-"));
  let bin = "";

  beforeAll(async () => {
    await run(pnpm, ["run", "build"], { cwd: join(root, "apps/cli") });
    const tarballs = join(dir, "tarballs");
    for (const pkg of ["packages/schema", "packages/client", "apps/cli"]) {
      await run(pnpm, ["pack", "--pack-destination", tarballs], { cwd: join(root, pkg) });
    }
    const project = join(dir, "project");
    await run("mkdir", ["-p", project]);
    await writeFile(join(project, "package.json"), '{ "name": "scratch", "private": true }\n');
    const files = (await readdir(tarballs)).map((f) => join(tarballs, f));
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files], {
      cwd: project,
    });
    bin = join(project, "node_modules/.bin/missive");
  }, 300_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const missive = (args: string[]) =>
    run(bin, args, {
      env: {
        ...process.env,
        MISSIVE_API_TOKEN: "missive_pat-packed",
        MISSIVE_BASE_URL: inject("mockUrl"),
      },
    });

  it("installs from the tarballs and answers --version and --help", async () => {
    expect((await missive(["--version"])).stdout).toMatch(/^missive \d+\.\d+\.\d+/);
    expect((await missive(["conversations", "list", "--help"])).stdout).toContain("--team-inbox");
  });

  it("runs a real command against the mock from the installed package", async () => {
    const { stdout } = await missive(["users", "list", "--json"]);
    expect(JSON.parse(stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]),
    );
  });
});

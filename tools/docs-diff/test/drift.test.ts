/**
 * Proof that `pnpm spec:drift` catches drift: each change to a copy of the seed docs (or of the
 * spec) must come out as exactly one unexplained difference, named precisely, and exit 1.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, seedDocsPath } from "../src/locations.ts";
import { bundledSpec, named, runDrift } from "./run-drift.ts";

let dir: string;
let seed: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-diff-"));
  seed = await readFile(seedDocsPath(), "utf8");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes an edited copy of the seed docs; the edit must apply, or the test proves nothing. */
async function docsCopy(name: string, edit: (docs: string) => string): Promise<string> {
  const edited = edit(seed);
  expect(edited, `${name}: the edit changed the docs`).not.toBe(seed);
  const path = join(dir, `${name}.md`);
  await writeFile(path, edited);
  return path;
}

async function unexplainedFor(args: string[]) {
  const { code, json, stderr } = await runDrift([...args, "--json"]);
  expect(stderr).toBe("");
  expect(code).toBe(1);
  return json?.unexplained.map(named);
}

describe("drift in the docs", () => {
  it("an operation removed from the docs: the spec's operation is not in the docs", async () => {
    const docs = await docsCopy("no-delete-webhook", (text) =>
      text.replace(/### Delete webhook\n[\s\S]*?(?=Last updated)/, ""),
    );
    expect(await unexplainedFor([docs, "--spec", bundledSpec])).toEqual([
      {
        kind: "operation-not-in-docs",
        operation: "DELETE /hooks/{id}",
        subject: "operation deleteHook",
        detail: "the spec has it; the docs do not document it",
      },
    ]);
  });

  it("a parameter added to the docs: not in the spec", async () => {
    const docs = await docsCopy("priority", (text) =>
      text.replace(
        /(\| `team_all` +\|[^\n]*\n)/,
        "$1| `priority`     | Pass `high` to list urgent conversations only. |\n",
      ),
    );
    expect(await unexplainedFor([docs, "--spec", bundledSpec])).toEqual([
      {
        kind: "parameter-not-in-spec",
        operation: "GET /conversations",
        subject: "query parameter `priority`",
        detail: "the docs list it; the spec does not",
      },
    ]);
  });

  it("an enum changed in the docs: the values that differ, on each side", async () => {
    const docs = await docsCopy("state-doing", (text) =>
      text.replace(
        "Filter by state. One of: `todo`, `in_progress`, `closed`",
        "Filter by state. One of: `todo`, `doing`, `closed`",
      ),
    );
    expect(await unexplainedFor([docs, "--spec", bundledSpec])).toEqual([
      {
        kind: "enum-differs",
        operation: "GET /tasks",
        subject: "query parameter `state`",
        detail: "only the docs allow `doing`; only the spec allows `in_progress`",
      },
    ]);
  });
});

describe("drift in the spec", () => {
  it("a field dropped from a copy of spec/: the docs' field is not in the spec", async () => {
    const spec = join(dir, "spec");
    await cp(join(repoRoot, "spec"), spec, {
      recursive: true,
      filter: (source) => !source.includes("node_modules"),
    });
    const file = join(spec, "components/schemas/PostCreate.yaml");
    const yaml = await readFile(file, "utf8");
    // The property's block: its key line and every more-indented line after it.
    const dropped = yaml.replace(/^( *)conversation_icon:\n(?:\1 +.*\n)+/m, "");
    expect(dropped).not.toBe(yaml);
    await writeFile(file, dropped);
    expect(await unexplainedFor(["--spec", join(spec, "openapi.yaml")])).toEqual([
      {
        kind: "parameter-not-in-spec",
        operation: "POST /posts",
        subject: "body field `conversation_icon`",
        detail: "the docs list it; the spec's request body has no such field",
      },
    ]);
  });
});

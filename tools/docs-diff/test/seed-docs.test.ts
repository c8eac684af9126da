/**
 * The spec against the docs it was reconciled from (../shared/seeds/000_….txt): every
 * difference explained, and every explanation an entry of spec/RECONCILIATION.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { differenceKinds } from "../src/difference.ts";
import { repoRoot, seedDocsPath } from "../src/locations.ts";
import { readLog } from "../src/reconciliation-log.ts";
import { bundledSpec, runDrift } from "./run-drift.ts";

// Fails with the reason (where shared/ was looked for) when the seed docs are not checked out.
const seed = seedDocsPath();

describe("pnpm spec:drift on the seed docs", () => {
  it("finds no unexplained difference, and each explanation names an entry that exists", async () => {
    const { code, json, stderr } = await runDrift([seed, "--json"]);
    expect(stderr).toBe("");
    expect(json?.unexplained).toEqual([]);
    expect(json?.danglingAnnotations).toEqual([]);
    expect(code).toBe(0);
    expect(json?.docsOperations).toBe(41);

    const log = readFileSync(join(repoRoot, "spec/RECONCILIATION.md"), "utf8");
    const ids = new Set(
      [...log.matchAll(/^#{2,6} .*\{#(recon-[a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]),
    );
    expect(json?.explained.length).toBeGreaterThan(0);
    for (const difference of json?.explained ?? []) {
      expect(difference.explainedBy.length, difference.subject).toBeGreaterThan(0);
      for (const id of difference.explainedBy)
        expect(ids, `${difference.subject} → ${id}`).toContain(id);
    }
    const counted = differenceKinds.reduce(
      (sum, kind) => sum + (json?.explainedByKind[kind] ?? 0),
      0,
    );
    expect(counted).toBe(json?.explained.length);
  });

  it("prints the table: no unexplained difference, the explained ones counted by kind", async () => {
    const { code, stdout } = await runDrift([seed]);
    expect(code).toBe(0);
    expect(stdout).toContain("No unexplained difference.");
    expect(stdout).toMatch(/Explained \(\d+\), by kind:\n\nkind +\| count\n/);
  });

  it("says what to fix when the docs file does not exist", async () => {
    const { code, stderr } = await runDrift(["no-such-docs.md"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `spec:drift: The docs file ${join(repoRoot, "no-such-docs.md")} does not exist.`,
    );
  });

  it("refuses a file that is not Missive's endpoint docs", async () => {
    const { code, stderr } = await runDrift([join(repoRoot, "README.md"), "--spec", bundledSpec]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      "has no `METHOD /v1/path` line: is it Missive's endpoint docs page, saved as Markdown?",
    );
  });

  it("finds a stable id on every entry of the log", () => {
    const log = readFileSync(join(repoRoot, "spec/RECONCILIATION.md"), "utf8");
    // An entry is a heading whose text opens with the log's "- **Draft said:**"-style bullets.
    const entries = [...log.matchAll(/^(#{2,6} .*)\n+(?=- \*\*)/gm)].map((m) => m[1] ?? "");
    expect(entries.length).toBeGreaterThan(90);
    expect(entries.filter((heading) => !/\{#recon-[a-z0-9-]+\}$/.test(heading))).toEqual([]);
    expect(readLog(log).size).toBe(entries.length);
  });
});

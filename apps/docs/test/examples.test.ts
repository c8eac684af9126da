/**
 * Every ```ts block of the guides is type-checked against the workspace packages (their
 * sources, through the `missive-ts-source` condition) with the repository's strict base config,
 * so a code sample cannot rot when an API changes.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { extractCodeBlocks } from "../src/markdown.js";
import { docsRoot, guidePages, repoRoot } from "../src/site.js";

const run = promisify(execFile);

describe("guide code samples", () => {
  it("type-check under the strict base config", async () => {
    // Inside apps/docs/node_modules, so `@missive-ts/*` resolve as they do for the docs package.
    const dir = join(docsRoot, "node_modules/.cache/docs-examples");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const origin = new Map<string, { source: string; line: number }>();
    const guides = guidePages.filter((page) => page.source.startsWith("apps/docs/guides/"));
    for (const page of guides) {
      const markdown = await readFile(join(repoRoot, page.source), "utf8");
      for (const block of extractCodeBlocks(markdown)) {
        const file = `${page.slug}.L${block.line}.ts`;
        origin.set(file, { source: page.source, line: block.line });
        await writeFile(join(dir, file), `${block.code}export {};\n`);
      }
    }
    const perGuide = Object.fromEntries(
      guides.map((page) => [
        page.slug,
        [...origin.values()].filter((o) => o.source === page.source).length,
      ]),
    );
    console.log(`guide code samples: ${origin.size} ts blocks`, perGuide);
    expect(perGuide["getting-started"]).toBeGreaterThanOrEqual(4);
    expect(perGuide["pagination-and-rate-limits"]).toBeGreaterThanOrEqual(2);
    expect(perGuide.webhooks).toBeGreaterThanOrEqual(1);
    expect(perGuide.triage).toBeGreaterThanOrEqual(3);

    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(repoRoot, "tsconfig.base.json"),
        compilerOptions: { types: ["node"], noUnusedLocals: false },
        include: ["*.ts"],
      }),
    );
    const tsc = join(repoRoot, "node_modules/.bin/tsc");
    const result = await run(tsc, ["-p", join(dir, "tsconfig.json"), "--pretty", "false"]).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    // Point each error at the guide's line: "getting-started.L17.ts(3,5)" → guide line 17 + 3.
    const errors = result.replace(
      /([\w-]+\.L\d+\.ts)\((\d+),(\d+)\)/g,
      (match, file: string, line: string, column: string) => {
        const from = origin.get(file);
        return from ? `${from.source}:${from.line + Number(line)}:${column}` : match;
      },
    );
    expect(errors).toBe("");
  });
});

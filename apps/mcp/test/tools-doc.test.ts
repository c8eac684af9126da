import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmePath, readmeWithSizes, renderToolsDoc, toolsDocPath } from "../scripts/tools-doc.js";

describe("the generated tool list and sizes", () => {
  it("TOOLS.md and README.md's size table match the server (else: pnpm --filter @missive-ts/mcp tools-doc)", async () => {
    expect(readFileSync(toolsDocPath, "utf8")).toBe(await renderToolsDoc());
    const readme = readFileSync(readmePath, "utf8");
    expect(readme).toBe(await readmeWithSizes(readme));
  });

  it("keeps the default tools/list under 25,000 approximate tokens", async () => {
    const readme = readFileSync(readmePath, "utf8");
    const row = /\| default \(no flags\) \| \d+ \| ([\d,]+) \|/.exec(readme);
    expect(Number(row?.[1]?.replaceAll(",", "")) / 4).toBeLessThan(25_000);
  });
});

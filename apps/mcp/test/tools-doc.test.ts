import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readmePath, readmeWithSizes, renderToolsDoc, toolsDocPath } from "../scripts/tools-doc.js";

describe("the generated tool list and sizes", () => {
  it("TOOLS.md and README.md's size table match the server (else: pnpm --filter @missive-ts/mcp tools-doc)", async () => {
    expect(readFileSync(toolsDocPath, "utf8")).toBe(await renderToolsDoc());
    const readme = readFileSync(readmePath, "utf8");
    expect(readme).toBe(await readmeWithSizes(readme));
  });

  it("keeps tools/list under 25,000 approximate tokens by default, also with every flag on; dynamic under 1,500", async () => {
    const readme = readFileSync(readmePath, "utf8");
    const tokens = (flags: string) => {
      const row = new RegExp(`\\| \`${flags}\` \\| \\d+ \\| ([\\d,]+) \\|`).exec(readme);
      return Number(row?.[1]?.replaceAll(",", "")) / 4;
    };
    expect(tokens("--tools static")).toBeLessThan(25_000);
    expect(tokens("--tools static --allow-send --allow-destructive")).toBeLessThan(25_000);
    expect(tokens("--tools dynamic --allow-send --allow-destructive")).toBeLessThanOrEqual(1_500);
    expect(tokens("--tools code --allow-send --allow-destructive")).toBeLessThanOrEqual(1_500);
  });
});

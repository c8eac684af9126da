/**
 * What a rendered guide page must show: one title, the site navigation to every page, a code
 * block for every fenced block of its Markdown, and no Markdown syntax left in its prose.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { type GuidePage, guidePages, referencePage, repoRoot } from "../src/site.js";
import { countFences } from "./site-links.js";

/** "label → file" of every page, in any order: the navigation must list them all. */
const navigation = [...guidePages, referencePage].map((p) => `${p.nav} → ${p.slug}.html`).sort();

export async function expectGuideRenders(page: Page, guide: GuidePage): Promise<void> {
  const h1 = page.locator("h1");
  expect(await h1.count(), `${guide.slug}: one h1`).toBe(1);
  expect((await h1.textContent())?.trim(), `${guide.slug}: the h1 has text`).not.toBe("");

  const nav = await page
    .locator('nav[aria-label="Site"] a')
    .evaluateAll((links) =>
      links.map((a) => `${a.textContent?.trim()} → ${a.getAttribute("href")}`),
    );
  expect(nav.sort(), `${guide.slug}: site navigation`).toEqual(navigation);

  // At least: the React page adds the package README's blocks to its own.
  const fences = countFences(await readFile(join(repoRoot, guide.source), "utf8"));
  expect(
    await page.locator("main pre code").count(),
    `${guide.slug}: a code block for each of the ${fences} fenced blocks of ${guide.source}`,
  ).toBeGreaterThanOrEqual(fences);

  // The prose, code blocks left out: Markdown syntax there means marked did not render it.
  const prose = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const block of copy.querySelectorAll("pre")) block.remove();
    return copy.textContent ?? "";
  });
  const raw = prose.split("\n").filter((line) => /^\s*(#{1,6} |```|~~~)|\]\(/.test(line));
  expect(raw, `${guide.slug}: raw Markdown in the page`).toEqual([]);
}

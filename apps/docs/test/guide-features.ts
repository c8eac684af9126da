/**
 * What a reader of the guides gets beyond text, checked in chromium: code coloured at build
 * time with a working copy button, the offline search over the guides, a sidebar that stays in
 * view, a way back from the reference, and an index that names every published package.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { repoRoot } from "../src/site.js";

/** Names of the packages that are published (not `private`), read from the workspace. */
export async function publishedPackages(): Promise<string[]> {
  const names: string[] = [];
  for (const group of ["packages", "apps"]) {
    for (const dir of await readdir(join(repoRoot, group))) {
      const manifest = await readFile(join(repoRoot, group, dir, "package.json"), "utf8").catch(
        () => undefined,
      );
      if (!manifest) continue;
      const { name, private: isPrivate } = JSON.parse(manifest) as {
        name: string;
        private?: boolean;
      };
      if (isPrivate !== true) names.push(name);
    }
  }
  return names.sort();
}

/** Distinct colours Shiki gave the tokens of the first code block showing `text`. */
export async function tokenColours(page: Page, text: string): Promise<number> {
  return page
    .locator("main pre.shiki", { hasText: text })
    .first()
    .evaluate(
      (pre) =>
        new Set(
          [...pre.querySelectorAll("span[style]")].map((span) => getComputedStyle(span).color),
        ).size,
    );
}

/** Clicks the first copy button and returns what the clipboard then holds, and the code shown. */
export async function copyFirstBlock(
  page: Page,
): Promise<{ copied: string; shown: string; label: string }> {
  const block = page.locator("main .code-block").first();
  const shown = (await block.locator("pre code").textContent()) ?? "";
  await block.locator("button.copy").click();
  await expect.poll(() => block.locator("button.copy").textContent()).toBe("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return { copied, shown, label: "Copied" };
}

/** Types `query` into the guides' search box and waits for results; returns their links. */
export async function searchGuides(page: Page, query: string): Promise<string[]> {
  const input = page.locator("#search input");
  await input.fill(query);
  const results = page.locator("#search .pagefind-ui__result-link");
  await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return results.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** Where the site navigation is after scrolling to the bottom of a long page. */
export async function sidebarAfterScroll(
  page: Page,
): Promise<{ top: number; bottom: number; scrolled: number }> {
  const scrolled = await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight);
    return window.scrollY;
  });
  const box = await page.locator('nav[aria-label="Site"]').boundingBox();
  return { top: box?.y ?? -1, bottom: (box?.y ?? 0) + (box?.height ?? 0), scrolled };
}

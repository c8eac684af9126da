/**
 * The guides' search index, built offline with Pagefind (its binary ships in the npm package
 * for each platform: nothing is fetched). Only the guide pages are indexed, from the HTML the
 * build just rendered, and only their `<main data-pagefind-body>`: the navigation and footers
 * would otherwise match every query. The reference is left to Redoc's own search.
 */
import { join } from "node:path";
import * as pagefind from "pagefind";

export async function writeSearchIndex(
  outDir: string,
  pages: readonly { url: string; html: string }[],
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0)
        throw new Error(`Pagefind: ${page.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return pages.length;
  } finally {
    await pagefind.close();
  }
}

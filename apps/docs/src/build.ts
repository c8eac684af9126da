/**
 * Builds the site into dist/: the API reference (Redocly `build-docs --inlineBundle`, so the page
 * needs no CDN) and one HTML page per guide, rendered from Markdown with a shared layout, code
 * highlighted at build time (Shiki), and the guides' search index (Pagefind, in dist/pagefind/).
 *
 *   pnpm docs:build            (root)   or   pnpm --filter @missive-ts/docs build
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { createCodeHighlighter, type Highlight } from "./highlight.js";
import { renderMarkdown } from "./markdown.js";
import { pageScript } from "./page-script.js";
import { withPlanBadges } from "./plan-badges.js";
import { withGuidesLink } from "./reference-links.js";
import { writeSearchIndex } from "./search-index.js";
import {
  defaultOutDir,
  docsRoot,
  type GuidePage,
  guidePages,
  navigation,
  referencePage,
  repoRoot,
  repoUrl,
  specPath,
} from "./site.js";
import { stylesheet } from "./style.js";

const run = promisify(execFile);

export interface BuildResult {
  outDir: string;
  files: string[];
  bytes: number;
  ms: number;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );
}

function layout(page: GuidePage, title: string, body: string): string {
  const nav = navigation
    .map((p) => {
      const current = p.slug === page.slug ? ' aria-current="page"' : "";
      return `<li><a href="${p.slug}.html"${current}>${escapeHtml(p.nav)}</a></li>`;
    })
    .join("\n        ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} · missive-ts</title>
    <link rel="stylesheet" href="style.css">
    <link rel="stylesheet" href="pagefind/pagefind-ui.css">
    <script src="pagefind/pagefind-ui.js" defer></script>
    <script src="site.js" defer></script>
  </head>
  <body>
    <header>
      <a class="brand" href="index.html">missive-ts</a>
      <div id="search" class="search" role="search" aria-label="Search the guides"></div>
    </header>
    <div class="page">
      <nav aria-label="Site">
        <ul>
        ${nav}
        </ul>
      </nav>
      <main data-pagefind-body>
${body}
        <footer data-pagefind-ignore>Source: <a href="${repoUrl}/${page.source}">${escapeHtml(page.source)}</a></footer>
      </main>
    </div>
  </body>
</html>
`;
}

/** Links in a file outside apps/docs/guides point at the file on GitHub, not at the site. */
function githubLinks(sourceDir: string): (href: string) => string {
  // posix.join also folds `../`: packages/react/../client/README.md → packages/client/README.md
  return (href) => `${repoUrl}/${posix.join(sourceDir, href)}`;
}

/** Shift every Markdown heading (outside code fences) one level down. */
function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (line.startsWith("```")) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join("\n");
}

/** A file shown inside another page: headings one level down, links to the file on GitHub. */
async function appendedSection(path: string): Promise<string> {
  const markdown = demoteHeadings(await readFile(join(repoRoot, path), "utf8"));
  const links = githubLinks(posix.dirname(path));
  return markdown.replace(/\]\((?!https?:|#)([^)]+)\)/g, (_, href: string) => `](${links(href)})`);
}

async function renderGuide(page: GuidePage, highlight: Highlight): Promise<string> {
  let source = await readFile(join(repoRoot, page.source), "utf8");
  const external = !page.source.startsWith("apps/docs/guides/");
  for (const path of page.append ?? []) source += `\n${await appendedSection(path)}`;
  const rendered = renderMarkdown(source, {
    highlight,
    ...(external ? { rewriteLink: githubLinks(posix.dirname(page.source)) } : {}),
  });
  let body = rendered.html;
  if (page.slug === "reconciliation" && rendered.sections.length > 0) {
    const toc = rendered.sections
      .map((s) => `<li><a href="#${s.id}">${s.text}</a></li>`)
      .join("\n");
    body = body.replace(
      /(<\/h1>\n)/,
      `$1<nav class="toc" aria-label="Contents"><ul>\n${toc}\n</ul></nav>\n`,
    );
  }
  return layout(page, rendered.title || page.nav, body);
}

async function buildReference(outDir: string): Promise<void> {
  const redocly = join(docsRoot, "node_modules/.bin/redocly");
  // Redocly reads a file: the bundled spec plus plan badges goes to a scratch folder, never dist/.
  const scratch = await mkdtemp(join(tmpdir(), "missive-ts-reference-"));
  const badgedSpec = join(scratch, "openapi.json");
  const spec = JSON.parse(await readFile(specPath, "utf8"));
  await writeFile(badgedSpec, JSON.stringify(withGuidesLink(withPlanBadges(spec))));
  try {
    await runRedocly(redocly, badgedSpec, outDir);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function runRedocly(redocly: string, spec: string, outDir: string): Promise<void> {
  await run(
    redocly,
    [
      "build-docs",
      spec,
      "--inlineBundle",
      "--output",
      join(outDir, `${referencePage.slug}.html`),
      "--title",
      "Missive REST API reference · missive-ts",
      "--openapi.disableGoogleFont=true",
      "--lint-config=off",
    ],
    { cwd: docsRoot, env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" } },
  );
}

export async function buildSite(outDir: string = defaultOutDir): Promise<BuildResult> {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const highlight = await createCodeHighlighter();
  const guides = await Promise.all(
    guidePages.map(async (page) => ({
      url: `${page.slug}.html`,
      html: await renderGuide(page, highlight),
    })),
  );
  await Promise.all([
    buildReference(outDir),
    writeFile(join(outDir, "style.css"), stylesheet),
    writeFile(join(outDir, "site.js"), pageScript),
    ...guides.map((guide) => writeFile(join(outDir, guide.url), guide.html)),
    writeSearchIndex(outDir, guides),
  ]);
  const ms = performance.now() - started;
  const files = (await readdir(outDir)).sort();
  let bytes = 0;
  for (const file of files) bytes += (await stat(join(outDir, file))).size;
  return { outDir, files, bytes, ms };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await buildSite();
  console.log(
    `docs: ${result.files.length} files, ${(result.bytes / 1024).toFixed(0)} KiB in ${result.outDir} (${(result.ms / 1000).toFixed(2)} s)`,
  );
}

/**
 * Crawls every guide page and checks each of its links without leaving the test server:
 * pages must answer 200, `#fragments` must land on an element of the target page, links into
 * the reference's Redoc routes must name an operation of the spec, and external links must
 * go to this repository or a known host. Returns one line per problem.
 */
import { guidePages, referencePage } from "../src/site.js";
import type { OfflineSite } from "./offline-site.js";
import {
  classifyLink,
  externalLinkProblem,
  type LinkTarget,
  type PageAnchors,
  readAnchors,
} from "./site-links.js";

export async function checkLinks(
  site: OfflineSite,
  serverUrl: string,
  /** Redoc routes of the spec's operations, `#/<tag>/<operationid>` */
  operationRoutes: string[],
): Promise<string[]> {
  const origin = new URL(serverUrl).origin;
  const anchorsByPath = new Map<string, PageAnchors>();
  const links: { from: string; href: string; target: LinkTarget }[] = [];
  for (const guide of guidePages) {
    const page = await site.open(`${guide.slug}.html`);
    const anchors = await readAnchors(page);
    anchorsByPath.set(new URL(page.url()).pathname, anchors);
    for (const link of anchors.links) {
      links.push({ from: guide.slug, href: link.href, target: classifyLink(link.url, origin) });
    }
    await page.close();
  }

  // A target that was not crawled (the reference, say) is opened once to read its anchors.
  async function anchorsOf(path: string): Promise<string[]> {
    let anchors = anchorsByPath.get(path);
    if (!anchors) {
      const page = await site.open(path.slice(1));
      anchors = await readAnchors(page);
      anchorsByPath.set(path, anchors);
      await page.close();
    }
    return anchors.anchors;
  }

  const statusByPath = new Map<string, number>();
  async function status(path: string): Promise<number> {
    let code = statusByPath.get(path);
    if (code === undefined) {
      code = (await site.context.request.get(new URL(path, serverUrl).href)).status();
      statusByPath.set(path, code);
    }
    return code;
  }

  const problems: string[] = [];
  const routes = new Set(operationRoutes);
  for (const { from, href, target } of links) {
    const where = `${from}.html → ${href}`;
    if (target.kind === "external") {
      const problem = externalLinkProblem(target.url);
      if (problem) problems.push(`${where}: ${problem}`);
      continue;
    }
    const code = await status(target.path);
    if (code !== 200) {
      problems.push(`${where}: ${target.path} answered ${code}`);
      continue;
    }
    if (target.kind === "redoc-route") {
      // Redoc resolves these in the browser (not followed here). `#/<tag>/<operation>` must
      // name an operation of the spec (`#/<tag>` alone is a tag section).
      const [, tag, operation] = target.route.split("/");
      if (target.path !== `/${referencePage.slug}.html`) {
        problems.push(`${where}: a Redoc route on a page that is not the reference`);
      } else if (operation !== undefined && !routes.has(`#/${tag}/${operation}`)) {
        problems.push(`${where}: no operation ${target.route} in the spec`);
      }
    } else if (target.fragment !== undefined) {
      if (!(await anchorsOf(target.path)).includes(target.fragment)) {
        problems.push(`${where}: no element with id or name "${target.fragment}"`);
      }
    }
  }
  console.log(
    `links of ${guidePages.length} guides: ${links.length} checked, ${statusByPath.size} pages fetched`,
  );
  return problems;
}

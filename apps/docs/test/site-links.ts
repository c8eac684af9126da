/**
 * The links of a rendered guide page, sorted into what the site test can check offline:
 * pages of our server (fetched), `#fragments` (an element with that id or name must exist),
 * Redoc's in-page routes on reference.html (not followed: Redoc resolves them in the browser)
 * and external links (never fetched; they must go to this repository or a known host).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { repoRoot, repoUrl } from "../src/site.js";

export interface PageAnchors {
  /** every `<a href>`: the attribute as written and the URL the browser resolved it to */
  links: { href: string; url: string }[];
  /** every `id` and `<a name>` on the page: what a `#fragment` can land on */
  anchors: string[];
}

export async function readAnchors(page: Page): Promise<PageAnchors> {
  return page.evaluate(() => ({
    links: [...document.querySelectorAll("a[href]")].map((a) => ({
      href: a.getAttribute("href") ?? "",
      url: (a as HTMLAnchorElement).href,
    })),
    anchors: [
      ...[...document.querySelectorAll("[id]")].map((element) => element.id),
      ...[...document.querySelectorAll("a[name]")].map((a) => a.getAttribute("name") ?? ""),
    ],
  }));
}

export type LinkTarget =
  | { kind: "page"; path: string; fragment?: string }
  | { kind: "redoc-route"; path: string; route: string }
  | { kind: "external"; url: URL };

export function classifyLink(url: string, serverOrigin: string): LinkTarget {
  const target = new URL(url);
  if (target.origin !== serverOrigin) return { kind: "external", url: target };
  const path = target.pathname;
  const hash = decodeURIComponent(target.hash.slice(1));
  if (hash.startsWith("/")) return { kind: "redoc-route", path, route: `#${hash}` };
  return hash === "" ? { kind: "page", path } : { kind: "page", path, fragment: hash };
}

/** Hosts the guides link to besides the repository (docs of Missive and of our dependencies). */
export const knownHosts = new Set([
  "missiveapp.com",
  "learn.missiveapp.com",
  "modelcontextprotocol.io",
  "openapi-ts.dev",
  "tanstack.com",
]);

/** Why an external link is wrong, or undefined when it is fine. Nothing is fetched. */
export function externalLinkProblem(url: URL): string | undefined {
  if (url.protocol !== "https:") return "not https";
  // The build points links to files outside the guides at GitHub: the file must exist here.
  if (url.href.startsWith(`${repoUrl}/`)) {
    const file = decodeURIComponent(url.pathname.slice(new URL(repoUrl).pathname.length + 1));
    return existsSync(join(repoRoot, file)) ? undefined : `no file ${file} in the repository`;
  }
  return knownHosts.has(url.hostname) ? undefined : `unexpected host ${url.hostname}`;
}

/** Fenced code blocks (``` or ~~~) in a Markdown source: each must render as `pre code`. */
export function countFences(markdown: string): number {
  let count = 0;
  let open: string | undefined;
  for (const line of markdown.split("\n")) {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) continue;
    if (open === undefined) {
      open = fence;
      count++;
    } else if (fence.startsWith(open)) open = undefined;
  }
  return count;
}

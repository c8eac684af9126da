import { join, resolve } from "node:path";

/** apps/docs */
export const docsRoot = resolve(import.meta.dirname, "..");
/** the repository root */
export const repoRoot = resolve(docsRoot, "../..");
export const defaultOutDir = join(docsRoot, "dist");
/** The bundled spec the reference is rendered from (written by `pnpm generate`). */
export const specPath = join(repoRoot, "packages/schema/src/generated/openapi.json");
export const repoUrl = "https://github.com/missive-ts/missive-ts/blob/main";

export interface GuidePage {
  /** output file name without `.html` */
  slug: string;
  /** label in the navigation */
  nav: string;
  /** Markdown source, relative to the repository root */
  source: string;
  /**
   * Markdown files shown below the source, each a section of the page (headings one level
   * down, relative links pointing at the file on GitHub), relative to the repository root.
   */
  append?: readonly string[];
  /** Listed after the API reference in the navigation (the logs), not before it (the guides). */
  afterReference?: true;
}

/** Every page of the site in navigation order (the API reference comes after the guides). */
export const guidePages: GuidePage[] = [
  { slug: "index", nav: "Overview", source: "apps/docs/guides/index.md" },
  {
    slug: "getting-started",
    nav: "Getting started",
    source: "apps/docs/guides/getting-started.md",
  },
  {
    slug: "pagination-and-rate-limits",
    nav: "Pagination & rate limits",
    source: "apps/docs/guides/pagination-and-rate-limits.md",
  },
  { slug: "triage", nav: "Triage without a post", source: "apps/docs/guides/triage.md" },
  { slug: "webhooks", nav: "Webhooks", source: "apps/docs/guides/webhooks.md" },
  {
    slug: "react",
    nav: "React hooks",
    source: "apps/docs/guides/react.md",
    append: ["packages/react/README.md"],
  },
  { slug: "cli", nav: "CLI", source: "apps/docs/guides/cli.md" },
  {
    slug: "search-and-report",
    nav: "Search & reports",
    source: "apps/docs/guides/search-and-report.md",
  },
  {
    slug: "mcp",
    nav: "MCP server",
    source: "apps/docs/guides/mcp.md",
    append: ["apps/mcp/TOOLS.md"],
  },
  { slug: "mcp-modes", nav: "MCP: choosing a mode", source: "apps/docs/guides/mcp-modes.md" },
  {
    slug: "changelog",
    nav: "Changelog",
    source: "apps/docs/guides/changelog.md",
    append: [
      "spec/CHANGELOG.md",
      "packages/schema/CHANGELOG.md",
      "packages/client/CHANGELOG.md",
      "packages/react/CHANGELOG.md",
      "apps/cli/CHANGELOG.md",
    ],
    afterReference: true,
  },
  {
    slug: "reconciliation",
    nav: "Reconciliation log",
    source: "spec/RECONCILIATION.md",
    afterReference: true,
  },
  {
    slug: "keeping-the-spec-current",
    nav: "Keeping the spec current",
    source: "apps/docs/guides/keeping-the-spec-current.md",
    afterReference: true,
  },
];

export const referencePage = { slug: "reference", nav: "API reference" } as const;

/** The site navigation, in order: the guides, the API reference, then the logs. */
export const navigation: readonly (GuidePage | typeof referencePage)[] = [
  ...guidePages.filter((page) => !page.afterReference),
  referencePage,
  ...guidePages.filter((page) => page.afterReference),
];
